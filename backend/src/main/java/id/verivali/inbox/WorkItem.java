package id.verivali.inbox;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One task of a household change as inboxes list it; the engine's task with the same id is the truth. */
@Entity
@Table(name = "work_item")
class WorkItem {

    static final String OPEN = "OPEN";
    /** Decided in a deliberation; the engine completes the task moments later (DecisionJobs), which makes it DONE. */
    static final String DECIDED = "DECIDED";

    static final String DONE = "DONE";
    static final String CANCELLED = "CANCELLED";

    @Id
    private String taskId;

    private String processInstanceId;
    private long changeRequestId;
    private String changeRequestNumber;
    private String changeType;
    private String taskKey;
    private String stage;
    private boolean followUp;
    private String candidateRole;
    /** Empty for a national group. */
    private String candidateRegion;

    private String villageCode;
    private String subdistrictCode;
    private String districtCode;
    private String householdHead;
    private Instant dueDate;
    /** When a follow-up of this task opened at the level above; null while the task is within its deadline. */
    private Instant escalatedAt;

    private String claimedBy;
    private String state;
    private Instant createdAt;
    private Instant closedAt;
    private String closedBy;

    protected WorkItem() {}

    WorkItem(
            String taskId,
            String processInstanceId,
            long changeRequestId,
            String changeRequestNumber,
            String changeType,
            String taskKey,
            String stage,
            boolean followUp,
            String candidateRole,
            String candidateRegion,
            String villageCode,
            String subdistrictCode,
            String districtCode,
            String householdHead,
            Instant dueDate,
            Instant createdAt) {
        this.taskId = taskId;
        this.processInstanceId = processInstanceId;
        this.changeRequestId = changeRequestId;
        this.changeRequestNumber = changeRequestNumber;
        this.changeType = changeType;
        this.taskKey = taskKey;
        this.stage = stage;
        this.followUp = followUp;
        this.candidateRole = candidateRole;
        this.candidateRegion = candidateRegion == null ? "" : candidateRegion;
        this.villageCode = villageCode;
        this.subdistrictCode = subdistrictCode;
        this.districtCode = districtCode;
        this.householdHead = householdHead;
        this.dueDate = dueDate;
        this.state = OPEN;
        this.createdAt = createdAt;
    }

    void claimedBy(String username) {
        this.claimedBy = username;
    }

    /** The first escalation counts: a task escalates once per due date, and its timer fires once. */
    void escalated(Instant at) {
        if (escalatedAt == null) {
            escalatedAt = at;
        }
    }

    void close(String by, Instant at) {
        this.state = by == null ? CANCELLED : DONE;
        this.closedBy = by;
        this.closedAt = at;
    }

    /** Out of every inbox at once, as decided by the official; the engine's completion of the task follows. */
    void decided(String by, Instant at) {
        this.state = DECIDED;
        this.closedBy = by;
        this.closedAt = at;
    }

    boolean isOpen() {
        return OPEN.equals(state);
    }

    /** Whether the official with this candidate group may act on it. */
    boolean isFor(String role, String region) {
        return candidateRole.equals(role) && candidateRegion.equals(region == null ? "" : region);
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

    String changeType() {
        return changeType;
    }

    String stage() {
        return stage;
    }

    boolean followUp() {
        return followUp;
    }

    String villageCode() {
        return villageCode;
    }

    String householdHead() {
        return householdHead;
    }

    Instant dueDate() {
        return dueDate;
    }

    String claimedBy() {
        return claimedBy;
    }

    String closedBy() {
        return closedBy;
    }
}
