package id.verivali.fieldwork;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A field check task on a village's worklist, with the household's address to sort and walk by. */
@Entity
@Table(name = "field_check")
class FieldCheck {

    @Id
    private String taskId;

    private long changeRequestId;
    private String changeRequestNumber;
    private String changeType;
    private Long householdId;
    private Long roundId;
    private String villageCode;
    private String subdistrictCode;
    private String headName;
    private String address;
    private String rt;
    private String rw;
    private Instant dueDate;

    @Enumerated(EnumType.STRING)
    private FieldCheckState state;

    private Instant openedAt;
    private Instant decidedAt;
    private String decidedBy;

    @Version
    private long version;

    protected FieldCheck() {}

    FieldCheck(
            String taskId,
            long changeRequestId,
            String changeRequestNumber,
            String changeType,
            Long householdId,
            Long roundId,
            String villageCode,
            String subdistrictCode,
            String headName,
            String address,
            String rt,
            String rw,
            Instant dueDate,
            Instant openedAt) {
        this.taskId = taskId;
        this.changeRequestId = changeRequestId;
        this.changeRequestNumber = changeRequestNumber;
        this.changeType = changeType;
        this.householdId = householdId;
        this.roundId = roundId;
        this.villageCode = villageCode;
        this.subdistrictCode = subdistrictCode;
        this.headName = headName;
        this.address = address;
        this.rt = rt;
        this.rw = rw;
        this.dueDate = dueDate;
        this.state = FieldCheckState.TO_VISIT;
        this.openedAt = openedAt;
    }

    void visited() {
        if (state == FieldCheckState.TO_VISIT) {
            state = FieldCheckState.VISITED;
        }
    }

    /** Decided by the official, now; the change type is what the finding made of it. */
    void decided(String by, Instant at, String changeTypeAfter) {
        state = FieldCheckState.DECIDED;
        decidedBy = by;
        decidedAt = at;
        changeType = changeTypeAfter;
    }

    /** The engine closed the task: completed (by someone) or deleted with its withdrawn change (by nobody). */
    void closed(String by, Instant at) {
        if (state == FieldCheckState.DECIDED) {
            return;
        }
        state = by == null ? FieldCheckState.CANCELLED : FieldCheckState.DECIDED;
        decidedBy = by;
        decidedAt = at;
    }

    boolean isOpen() {
        return state == FieldCheckState.TO_VISIT || state == FieldCheckState.VISITED;
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

    Long householdId() {
        return householdId;
    }

    Long roundId() {
        return roundId;
    }

    String villageCode() {
        return villageCode;
    }

    String subdistrictCode() {
        return subdistrictCode;
    }

    String headName() {
        return headName;
    }

    String address() {
        return address;
    }

    String rt() {
        return rt;
    }

    String rw() {
        return rw;
    }

    Instant dueDate() {
        return dueDate;
    }

    FieldCheckState state() {
        return state;
    }

    Instant openedAt() {
        return openedAt;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String decidedBy() {
        return decidedBy;
    }
}
