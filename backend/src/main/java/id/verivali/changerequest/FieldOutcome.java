package id.verivali.changerequest;

import id.verivali.household.RemovalReason;

/**
 * What a field check's finding makes of a change: the decision on its field check task, and the change it is from
 * then on.
 *
 * @param typeAfter the change's type once the finding is recorded; {@code typeBefore} unless the household is gone
 * @param removalReason the removal's reason once recorded, null for a change that removes nothing
 */
public record FieldOutcome(
        FieldFinding finding,
        Decision decision,
        ChangeType typeBefore,
        ChangeType typeAfter,
        RemovalReason removalReason) {

    public boolean retypes() {
        return typeBefore != typeAfter;
    }
}
