package id.verivali.resident;

/** What an official may do with a submission at the intake. */
public enum IntakeAction {
    /** The village operator: the proposal becomes a change, or the objected household's field check starts. */
    ACCEPT,
    /** The village operator: the proposal refused, or the objection closed, with a reason. */
    REJECT,
    /** The Camat: the follow-up of an overdue intake done. */
    FOLLOW_UP
}
