package id.verivali.deliberation;

import id.verivali.changerequest.Decision;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** What a deliberation decided on one change. */
@Embeddable
class DeliberationDecision {

    private String taskId;
    private long changeRequestId;
    private String changeRequestNumber;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private String reason;
    private String note;

    protected DeliberationDecision() {}

    DeliberationDecision(
            String taskId,
            long changeRequestId,
            String changeRequestNumber,
            Decision decision,
            String reason,
            String note) {
        this.taskId = taskId;
        this.changeRequestId = changeRequestId;
        this.changeRequestNumber = changeRequestNumber;
        this.decision = decision;
        this.reason = reason;
        this.note = note;
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

    Decision decision() {
        return decision;
    }

    String reason() {
        return reason;
    }

    String note() {
        return note;
    }
}
