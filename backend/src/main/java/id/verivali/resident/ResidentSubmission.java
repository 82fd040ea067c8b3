package id.verivali.resident;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A resident's proposal or objection, from the moment it arrives until the village operator answers it or it lapses.
 * The engine's resident-submission instance with the same tracking code is the truth about its tasks; this row is
 * what the intake lists, the resident's tracking reads and the audit name.
 */
@Entity
@Table(name = "resident_submission")
class ResidentSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String trackingCode;

    @Enumerated(EnumType.STRING)
    private SubmissionKind kind;

    @Enumerated(EnumType.STRING)
    private SubmissionState state;

    private String villageCode;
    private String subdistrictCode;
    private String districtCode;
    private String submitterNik;
    private String submitterName;
    private String submitterPhone;
    private Boolean forOwnHousehold;
    private String subject;
    private String statement;

    @Enumerated(EnumType.STRING)
    private ObjectionReason objectionReason;

    private String objectedAddress;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private String proposedHousehold;

    @ElementCollection
    @CollectionTable(name = "resident_submission_document", joinColumns = @JoinColumn(name = "submission_id"))
    @OrderColumn(name = "position")
    private List<SubmissionDocument> documents = new ArrayList<>();

    private String processInstanceId;
    private String intakeTaskId;
    private String followUpTaskId;
    private Instant dueDate;
    private Instant remindedAt;
    private Instant escalatedAt;
    private Instant lapsesAt;
    private Instant submittedAt;
    private Instant stateSince;
    private String decidedBy;
    private String decisionReason;
    private Long changeRequestId;
    private String changeRequestNumber;

    @Version
    private long version;

    protected ResidentSubmission() {}

    private ResidentSubmission(
            String trackingCode,
            SubmissionKind kind,
            String villageCode,
            String submitterNik,
            String submitterName,
            String subject,
            String statement,
            Instant submittedAt) {
        this.trackingCode = trackingCode;
        this.kind = kind;
        this.state = SubmissionState.WAITING;
        this.villageCode = villageCode;
        this.subdistrictCode = parentOf(villageCode);
        this.districtCode = parentOf(subdistrictCode);
        this.submitterNik = submitterNik;
        this.submitterName = submitterName;
        this.subject = subject;
        this.statement = statement;
        this.submittedAt = submittedAt;
        this.stateSince = submittedAt;
    }

    static ResidentSubmission proposal(
            String trackingCode, PublicProposal proposal, String householdJson, Instant submittedAt) {
        var submission = new ResidentSubmission(
                trackingCode,
                SubmissionKind.PROPOSAL,
                proposal.villageCode(),
                proposal.submitter().nik(),
                proposal.submitter().name().strip(),
                proposal.household().headName(),
                proposal.reason().strip(),
                submittedAt);
        submission.submitterPhone = proposal.submitter().phone();
        submission.forOwnHousehold = proposal.forOwnHousehold();
        submission.proposedHousehold = householdJson;
        return submission;
    }

    static ResidentSubmission objection(
            String trackingCode,
            PublicObjection objection,
            BigDecimal latitude,
            BigDecimal longitude,
            Instant submittedAt,
            Instant lapsesAt) {
        var submission = new ResidentSubmission(
                trackingCode,
                SubmissionKind.OBJECTION,
                objection.villageCode(),
                objection.objector().nik(),
                objection.objector().name().strip(),
                objection.objectedName().strip(),
                objection.statement().strip(),
                submittedAt);
        submission.objectionReason = objection.reason();
        submission.objectedAddress = objection.objectedAddress().strip();
        submission.latitude = latitude;
        submission.longitude = longitude;
        submission.lapsesAt = lapsesAt;
        return submission;
    }

    private static String parentOf(String code) {
        return code.substring(0, code.lastIndexOf('.'));
    }

    void attach(long documentId, SubmissionDocument.Purpose purpose) {
        documents.add(new SubmissionDocument(documentId, purpose));
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void intakeOpened(String taskId, Instant due) {
        this.intakeTaskId = taskId;
        this.dueDate = due;
    }

    void reminded(Instant at) {
        this.remindedAt = at;
    }

    /** The deadline passed: the kecamatan's follow-up is open beside the operator's intake. */
    void followUpOpened(String taskId, Instant at) {
        this.followUpTaskId = taskId;
        if (escalatedAt == null) {
            escalatedAt = at;
        }
    }

    void taskClosed(String taskId) {
        if (taskId.equals(followUpTaskId)) {
            followUpTaskId = null;
        }
        if (taskId.equals(intakeTaskId)) {
            intakeTaskId = null;
        }
    }

    void accepted(String by, Instant at, long changeId, String changeNumber) {
        decided(SubmissionState.ACCEPTED, by, at, null);
        this.changeRequestId = changeId;
        this.changeRequestNumber = changeNumber;
    }

    void rejected(String by, Instant at, String reason) {
        decided(SubmissionState.REJECTED, by, at, reason);
    }

    void lapsed(Instant at) {
        decided(SubmissionState.LAPSED, null, at, null);
    }

    private void decided(SubmissionState outcome, String by, Instant at, String reason) {
        this.state = outcome;
        this.stateSince = at;
        this.decidedBy = by;
        this.decisionReason = reason;
    }

    boolean isWaiting() {
        return state == SubmissionState.WAITING;
    }

    boolean isOverdue(Instant now) {
        return isWaiting() && dueDate != null && dueDate.isBefore(now);
    }

    Long id() {
        return id;
    }

    String trackingCode() {
        return trackingCode;
    }

    SubmissionKind kind() {
        return kind;
    }

    SubmissionState state() {
        return state;
    }

    String villageCode() {
        return villageCode;
    }

    String subdistrictCode() {
        return subdistrictCode;
    }

    String districtCode() {
        return districtCode;
    }

    String submitterNik() {
        return submitterNik;
    }

    String submitterName() {
        return submitterName;
    }

    String submitterPhone() {
        return submitterPhone;
    }

    Boolean forOwnHousehold() {
        return forOwnHousehold;
    }

    String subject() {
        return subject;
    }

    String statement() {
        return statement;
    }

    ObjectionReason objectionReason() {
        return objectionReason;
    }

    String objectedAddress() {
        return objectedAddress;
    }

    BigDecimal latitude() {
        return latitude;
    }

    BigDecimal longitude() {
        return longitude;
    }

    String proposedHousehold() {
        return proposedHousehold;
    }

    List<SubmissionDocument> documents() {
        return documents;
    }

    String processInstanceId() {
        return processInstanceId;
    }

    String intakeTaskId() {
        return intakeTaskId;
    }

    String followUpTaskId() {
        return followUpTaskId;
    }

    Instant dueDate() {
        return dueDate;
    }

    Instant escalatedAt() {
        return escalatedAt;
    }

    Instant lapsesAt() {
        return lapsesAt;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant stateSince() {
        return stateSince;
    }

    String decidedBy() {
        return decidedBy;
    }

    String decisionReason() {
        return decisionReason;
    }

    Long changeRequestId() {
        return changeRequestId;
    }

    String changeRequestNumber() {
        return changeRequestNumber;
    }
}
