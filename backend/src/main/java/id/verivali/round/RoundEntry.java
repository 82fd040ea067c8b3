package id.verivali.round;

/** How a household joined a round. */
public enum RoundEntry {
    /** The round started a re-verification for it. */
    CHANGE_STARTED,
    /** A change of the household was already in flight: the round links it rather than start a second one. */
    ALREADY_IN_PROGRESS
}
