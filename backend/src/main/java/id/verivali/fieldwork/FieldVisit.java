package id.verivali.fieldwork;

import id.verivali.changerequest.Decision;
import id.verivali.changerequest.FieldFinding;
import id.verivali.document.HousePhoto;
import id.verivali.household.WelfareAttributes;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A visit to a household for its field check: what was found, by whom, when, and the house's photo. */
@Entity
@Table(name = "field_visit")
class FieldVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String taskId;
    private long changeRequestId;
    private String changeRequestNumber;
    private String villageCode;

    @Enumerated(EnumType.STRING)
    private FieldFinding finding;

    private String reason;
    private LocalDate visitedOn;
    private String enumerator;

    @Embedded
    private WelfareAttributes welfare;

    /** The members' NIKs as their KTPs show them, where they differ from the registry's, as JSON. */
    private String memberNotes;

    private Long photoDocumentId;
    private String photoSha256;
    private Long thumbnailDocumentId;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private Long importId;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private boolean decided;
    private String recordedBy;
    private Instant recordedAt;

    @Version
    private long version;

    protected FieldVisit() {}

    FieldVisit(String taskId, long changeRequestId, String changeRequestNumber, String villageCode) {
        this.taskId = taskId;
        this.changeRequestId = changeRequestId;
        this.changeRequestNumber = changeRequestNumber;
        this.villageCode = villageCode;
    }

    /** What the visit found; a later record of the same visit, before the decision, replaces an earlier one. */
    void record(Visit visit, String memberNotesJson, Long importId, String by, Instant at) {
        this.finding = visit.finding();
        this.reason = visit.reason();
        this.visitedOn = visit.visitedOn();
        this.enumerator = visit.enumerator();
        this.welfare = visit.welfare();
        this.memberNotes = memberNotesJson;
        this.importId = importId;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    void photo(HousePhoto.Stored photo) {
        this.photoDocumentId = photo.photoDocumentId();
        this.photoSha256 = photo.sha256();
        this.thumbnailDocumentId = photo.thumbnailDocumentId();
        this.latitude = photo.latitude();
        this.longitude = photo.longitude();
    }

    /** Decided as the finding made it: the decision an import's job then applies. */
    void decided(Decision decision) {
        this.decision = decision;
        this.decided = true;
    }

    Decision decision() {
        return decision;
    }

    Long id() {
        return id;
    }

    String taskId() {
        return taskId;
    }

    long changeRequestId() {
        return changeRequestId;
    }

    String changeRequestNumber() {
        return changeRequestNumber;
    }

    String villageCode() {
        return villageCode;
    }

    FieldFinding finding() {
        return finding;
    }

    String reason() {
        return reason;
    }

    LocalDate visitedOn() {
        return visitedOn;
    }

    String enumerator() {
        return enumerator;
    }

    WelfareAttributes welfare() {
        return welfare;
    }

    String memberNotes() {
        return memberNotes;
    }

    Long photoDocumentId() {
        return photoDocumentId;
    }

    String photoSha256() {
        return photoSha256;
    }

    Long thumbnailDocumentId() {
        return thumbnailDocumentId;
    }

    BigDecimal latitude() {
        return latitude;
    }

    BigDecimal longitude() {
        return longitude;
    }

    Long importId() {
        return importId;
    }

    boolean isDecided() {
        return decided;
    }

    String recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
