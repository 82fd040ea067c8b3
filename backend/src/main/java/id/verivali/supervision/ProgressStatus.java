package id.verivali.supervision;

/** How a region stands against its target date. */
enum ProgressStatus {
    /** Projected to finish by the target, or finished by it. */
    ON_TRACK,
    /** Projected to finish after the target, or no finishing rate yet, while the target is still ahead. */
    AT_RISK,
    /** The target has passed with work left, or the work finished after it. */
    LATE,
    /** Nobody has set a target. */
    NO_TARGET
}
