package id.verivali.changerequest;

import id.verivali.changerequest.ChangeJson.Findings;
import id.verivali.changerequest.ChangeJson.Payload;
import id.verivali.household.CivilRegistryStatus;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.RemovalReason;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.hibernate.annotations.NaturalId;

/** A proposed change to one household (or a new one), on its way through the verification chain. */
@Entity
@Table(name = "change_request")
class ChangeRequest {

    private static final Pattern WHOLE_NIK = Pattern.compile("\\d{16}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Its number, which never changes: the process's business key, by which the process's callbacks find it. */
    @NaturalId
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_type")
    private ChangeType type;

    @Enumerated(EnumType.STRING)
    private RemovalReason removalReason;

    private String reason;
    private String note;
    private String payload;
    private Long householdId;
    private Long memberId;
    private String villageCode;
    private String subdistrictCode;
    private String districtCode;
    private String proposedBy;
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    private ChangeStatus status;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    private Instant stageEnteredAt;
    private Instant dueDate;
    private boolean overdue;
    private Instant remindedAt;
    private String processInstanceId;
    private String civilRegistryResult;
    private String checkFindings;
    private Instant appliedAt;
    private Instant finishedAt;
    private String idempotencyKey;
    private String idempotencyHash;

    /** The civil registry's answer per NIK, as the checks last reported it: what match reports count. */
    @ElementCollection
    @CollectionTable(name = "change_request_match", joinColumns = @JoinColumn(name = "change_request_id"))
    @MapKeyColumn(name = "nik")
    @Column(name = "status")
    private Map<String, String> civilRegistryMatches = new HashMap<>();

    /**
     * The whole NIKs among {@link #proposedNiks}, beside the payload that holds them as JSON: the inbox finds a change
     * by a person it would put on the list through the index on this table, before any household holds them.
     */
    @ElementCollection
    @CollectionTable(name = "change_request_proposed_nik", joinColumns = @JoinColumn(name = "change_request_id"))
    @Column(name = "nik")
    private Set<String> searchableNiks = new HashSet<>();

    @Version
    private long version;

    protected ChangeRequest() {}

    ChangeRequest(
            String number,
            ChangeType type,
            RemovalReason removalReason,
            String reason,
            String note,
            String payload,
            Long householdId,
            Long memberId,
            String villageCode,
            String subdistrictCode,
            String districtCode,
            String proposedBy,
            Instant proposedAt) {
        this.number = number;
        this.type = type;
        this.removalReason = removalReason;
        this.reason = reason;
        this.note = note;
        this.payload = payload;
        this.householdId = householdId;
        this.memberId = memberId;
        this.villageCode = villageCode;
        this.subdistrictCode = subdistrictCode;
        this.districtCode = districtCode;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.status = ChangeStatus.IN_PROGRESS;
        this.stage = Stage.CHECKS;
        this.stageEnteredAt = proposedAt;
        // Only a whole NIK can be searched for; a malformed one is the automatic checks' to reject, not to index.
        proposedNiks().stream()
                .filter(nik -> nik != null && WHOLE_NIK.matcher(nik).matches())
                .forEach(searchableNiks::add);
    }

    /** The proposer's Idempotency-Key and the fingerprint of the request it came with, before the change is saved. */
    void proposedWith(String idempotencyKey, String requestHash) {
        this.idempotencyKey = idempotencyKey;
        this.idempotencyHash = requestHash;
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** A new stage starts at {@code at} with its own due date, not overdue and not yet reminded. */
    void enteredStage(Stage stage, Instant dueDate, Instant at) {
        this.stage = stage;
        this.stageEnteredAt = at;
        this.dueDate = dueDate;
        this.overdue = false;
        this.remindedAt = null;
    }

    /** The field check found what the outcome says: a household found gone makes the change its removal. */
    void foundInField(FieldOutcome outcome) {
        this.type = outcome.typeAfter();
        this.removalReason = outcome.removalReason();
    }

    void markOverdue() {
        overdue = true;
    }

    void markReminded(Instant at) {
        remindedAt = at;
    }

    /** Keeps what the checks found; the parts the results leave null keep what an earlier call reported. */
    void recordChecks(CheckResults results) {
        Findings before = findings();
        Map<String, String> matches = before.matchesByNik();
        if (results.matchesByNik() != null) {
            results.matchesByNik().values().forEach(Findings::civilRegistryStatus);
            matches = new TreeMap<>(results.matchesByNik());
            civilRegistryMatches.clear();
            civilRegistryMatches.putAll(matches);
        }
        Findings after = new Findings(
                matches,
                results.duplicateHouseholdIds() != null
                        ? List.copyOf(results.duplicateHouseholdIds())
                        : before.duplicateHouseholdIds(),
                results.failure() != null ? results.failure() : before.failure());
        if (results.civilRegistryResult() != null) {
            civilRegistryResult = results.civilRegistryResult();
        }
        checkFindings = ChangeJson.write(after);
    }

    void finished(ChangeStatus status, Instant at) {
        this.status = status;
        this.finishedAt = at;
        this.stage = Stage.DONE;
        this.dueDate = null;
        this.overdue = false;
    }

    void applied(Long householdId, Long memberId, Instant at) {
        this.householdId = householdId;
        this.memberId = memberId;
        this.appliedAt = at;
    }

    Long id() {
        return id;
    }

    String number() {
        return number;
    }

    ChangeType type() {
        return type;
    }

    RemovalReason removalReason() {
        return removalReason;
    }

    String reason() {
        return reason;
    }

    String note() {
        return note;
    }

    /** The proposed values as stored, for the audit trail. */
    String payloadJson() {
        return payload;
    }

    /** The proposed values: a new household, a new member or a household's changed fields; empty for other types. */
    Payload payload() {
        return payload == null ? Payload.NONE : ChangeJson.read(payload, Payload.class);
    }

    /** The people the change would put on the list: a new household's members or the member added. */
    List<NewMember> proposedMembers() {
        return switch (type) {
            case NEW_HOUSEHOLD -> payload().household().members();
            case ADD_MEMBER -> List.of(payload().member());
            case REVERIFY, UPDATE, REMOVE_HOUSEHOLD, REMOVE_MEMBER -> List.of();
        };
    }

    /** The NIKs of the people the change would put on the list. */
    List<String> proposedNiks() {
        return proposedMembers().stream().map(NewMember::nik).toList();
    }

    /** A new household's head as proposed, until it is on the list; null for changes to a listed household. */
    String proposedHead() {
        var household = payload().household();
        return household == null ? null : household.headName();
    }

    Long householdId() {
        return householdId;
    }

    Long memberId() {
        return memberId;
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

    String proposedBy() {
        return proposedBy;
    }

    Instant proposedAt() {
        return proposedAt;
    }

    /** When the change entered its current stage (V28 filled it in for the changes proposed before it was kept). */
    Instant stageEnteredAt() {
        return stageEnteredAt;
    }

    ChangeStatus status() {
        return status;
    }

    Stage stage() {
        return stage;
    }

    Instant dueDate() {
        return dueDate;
    }

    boolean overdue() {
        return overdue;
    }

    Instant remindedAt() {
        return remindedAt;
    }

    String processInstanceId() {
        return processInstanceId;
    }

    String civilRegistryResult() {
        return civilRegistryResult;
    }

    /** What the checks have found so far. */
    Findings findings() {
        return checkFindings == null ? Findings.NONE : ChangeJson.read(checkFindings, Findings.class);
    }

    /** The civil registry's answer per NIK, to be written to the members when the change is applied. */
    Map<String, CivilRegistryStatus> civilRegistryStatuses() {
        return findings().civilRegistryStatuses();
    }

    Instant appliedAt() {
        return appliedAt;
    }

    String idempotencyKey() {
        return idempotencyKey;
    }

    String idempotencyHash() {
        return idempotencyHash;
    }

    long version() {
        return version;
    }

    /** Now, in whole seconds as the database keeps times (Camunda needs MySQL's fractional seconds off). */
    static Instant timestamp(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
