package id.verivali.changerequest;

import id.verivali.common.web.PlainText;
import id.verivali.household.HouseholdUpdate;
import id.verivali.household.NewHousehold;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.RemovalReason;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A proposed change. Which parts it needs depends on its type: {@code household} for a new household;
 * {@code householdId} for every other type; {@code removalReason} to remove a household or a member;
 * {@code member} to add one, {@code memberId} to remove one; {@code update} to correct a household. Other parts are
 * ignored.
 *
 * <p>A proposal the proposer should think twice about (see {@link ProposalWarning}) is answered 409 with the warnings
 * and goes ahead when sent again with their codes in {@code confirmedWarnings}.
 *
 * <p>The API also refuses, at the door, a proposed NIK or family card number that is invalid on its face
 * ({@link AtTheDoor}); a proposal that arrives another way meets the same rules in the process's own check.
 *
 * @param reason why the proposer asks for the change
 */
@ValidProposedNumbers(groups = ProposeChange.AtTheDoor.class)
public record ProposeChange(
        @NotNull(message = "{problemDetail.field.required}") ChangeType type,
        Long householdId,
        RemovalReason removalReason,
        Long memberId,
        @Valid NewHousehold household,
        @Valid NewMember member,
        @Valid HouseholdUpdate update,

        @Size(max = 500, message = "{field.size.max}") @PlainText(multiline = true)
        String reason,

        @Size(max = 1000, message = "{field.size.max}") @PlainText(multiline = true)
        String note,

        List<ProposalWarning> confirmedWarnings) {

    /** A proposal confirming no warning. */
    public ProposeChange(
            ChangeType type,
            Long householdId,
            RemovalReason removalReason,
            Long memberId,
            NewHousehold household,
            NewMember member,
            HouseholdUpdate update,
            String reason,
            String note) {
        this(type, householdId, removalReason, memberId, household, member, update, reason, note, null);
    }

    /** The validation group of the checks only the API makes. */
    public interface AtTheDoor {}
}
