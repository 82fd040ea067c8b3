package id.verivali.changerequest;

import id.verivali.household.RemovalReason;

/**
 * What a field check found at the household's address, as the DTKS questionnaire's visit records it. Every finding
 * but {@link #FOUND} means the household is no longer where, or what, the registry says: the change becomes its
 * removal for that reason, as an operator deciding it in the inbox would propose.
 */
public enum FieldFinding {
    /** Found at the address and still poor. */
    FOUND(null),
    MOVED(RemovalReason.MOVED),
    DECEASED(RemovalReason.DECEASED),
    /** Listed twice (another household holds the same family card or people). */
    DUPLICATE(RemovalReason.DUPLICATE),
    NOT_FOUND(RemovalReason.NOT_FOUND),
    /** Found, but now well-off (mampu). */
    NO_LONGER_ELIGIBLE(RemovalReason.NO_LONGER_ELIGIBLE);

    private final RemovalReason removalReason;

    FieldFinding(RemovalReason removalReason) {
        this.removalReason = removalReason;
    }

    /** The reason a household is removed for when the field check finds this; null for {@link #FOUND}. */
    public RemovalReason removalReason() {
        return removalReason;
    }

    /**
     * What the finding does to a change of this type at its field check:
     *
     * <ul>
     *   <li>found: the change goes on as proposed, except a removal, which is rejected (the household is there);
     *   <li>any other finding on a new household: rejected, there is no household to list;
     *   <li>any other finding on a change to a listed household: it becomes the household's removal for the
     *       finding's reason and goes on to the village deliberation (a correction or a member of a household that
     *       has moved away is moot).
     * </ul>
     */
    public FieldOutcome outcomeFor(ChangeType type, RemovalReason proposedReason) {
        if (this == FOUND) {
            return type == ChangeType.REMOVE_HOUSEHOLD
                    ? new FieldOutcome(this, Decision.REJECT, type, type, proposedReason)
                    : new FieldOutcome(this, Decision.APPROVE, type, type, proposedReason);
        }
        return type == ChangeType.NEW_HOUSEHOLD
                ? new FieldOutcome(this, Decision.REJECT, type, type, proposedReason)
                : new FieldOutcome(this, Decision.APPROVE, type, ChangeType.REMOVE_HOUSEHOLD, removalReason);
    }

    /** Whether the visit must say why: every finding that removes or rejects needs the enumerator's account. */
    public boolean needsReason(ChangeType type) {
        return this != FOUND || type == ChangeType.REMOVE_HOUSEHOLD;
    }
}
