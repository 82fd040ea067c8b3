package id.verivali.round;

/** Where a round is in starting its households' changes. */
public enum RoundStatus {
    /** Batches are starting changes. */
    STARTING,
    /** Its opener paused it; nothing starts until they resume it. */
    PAUSED,
    /** Every household in scope has its change (started by the round or already in flight). */
    ALL_STARTED
}
