package id.verivali.resident;

import java.time.Instant;

/** The engine's side of a resident's submission: one resident-submission instance per tracking code. */
public interface SubmissionProcess {

    /**
     * Starts the submission's instance in the caller's transaction; its intake task opens before this returns.
     *
     * @param lapseAt when an objection lapses; null for a proposal
     * @return the process instance's id
     */
    String start(String trackingCode, SubmissionKind kind, String villageCode, Instant lapseAt);

    /**
     * Completes the intake task as the operator: accepted, with the change it started, or rejected with a reason.
     * A task already completed answers 409.
     */
    void answer(String intakeTaskId, boolean accepted, String reason, String changeNumber, String username);

    /** Completes the kecamatan's follow-up of an overdue intake. */
    void followUp(String followUpTaskId, String username);
}
