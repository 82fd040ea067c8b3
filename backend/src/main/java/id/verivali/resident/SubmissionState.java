package id.verivali.resident;

/** Where a resident's submission stands at the village's intake. */
public enum SubmissionState {
    /** At the village operator. */
    WAITING,
    /** A proposal became a numbered change; an objection started a field check of the household it objects to. */
    ACCEPTED,
    /** A proposal refused, or an objection closed, with the operator's reason. */
    REJECTED,
    /** An objection nobody verified within its fourteen days. */
    LAPSED
}
