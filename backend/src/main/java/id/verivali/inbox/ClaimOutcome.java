package id.verivali.inbox;

/** What became of one task of a bulk claim. */
enum ClaimOutcome {
    CLAIMED,
    /** Already claimed by the caller: nothing changed. */
    ALREADY_YOURS,
    /** Someone else claimed it first (before, or while this claim ran): theirs to decide. */
    TAKEN,
    /** Decided or withdrawn meanwhile. */
    CLOSED,
    /** Unknown, or not in the caller's inbox: the two are not told apart. */
    NOT_FOUND
}
