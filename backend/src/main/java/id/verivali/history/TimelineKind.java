package id.verivali.history;

/** What happened, in the order of precedence for events at the same moment and place in the process. */
enum TimelineKind {
    /** A village operator proposed the change; details hold the proposed values. */
    CHANGE_PROPOSED,
    /** An automatic check finished: NIK and region, civil registry (with its result), duplicates. */
    CHECK_COMPLETED,
    /** A timer fired: a reminder before a level's due date, the escalation at it, or the ministry's next cycle. */
    TIMER_FIRED,
    /** A level's task opened in the inbox of its candidate group. */
    TASK_CREATED,
    /** An overdue level's follow-up task opened in the inbox of the level above. */
    ESCALATED,
    TASK_CLAIMED,
    TASK_UNCLAIMED,
    /** A deliberation (musdes, plenary, ratification, decree) decided the task that follows it. */
    DELIBERATION,
    /**
     * A field check's visit was recorded: the finding, the enumerator, the date and the house's photo (its addresses
     * in details: {@code photoUrl}, {@code thumbnailUrl}); the members' NIKs masked.
     */
    FIELD_VISIT,
    TASK_COMPLETED,
    /** The level sent the change back down the chain. */
    RETURNED,
    /** A task closed undecided: its stage was withdrawn, or its overdue task was decided. */
    TASK_CANCELED,
    /** The proposer withdrew the change. */
    WITHDRAWN,
    /** The approved change was written into the registry. */
    APPLIED,
    /** The process ended: approved, rejected or withdrawn. */
    ENDED,
    /** Any other event the audit log holds about the change. */
    AUDIT_EVENT
}
