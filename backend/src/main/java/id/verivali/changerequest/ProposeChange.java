package id.verivali.changerequest;

import id.verivali.household.HouseholdUpdate;
import id.verivali.household.NewHousehold;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.RemovalReason;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A proposed change. Which parts it needs depends on its type: {@code household} for a new household;
 * {@code householdId} for every other type; {@code removalReason} to remove a household or a member;
 * {@code member} to add one, {@code memberId} to remove one; {@code update} to correct a household. Other parts are
 * ignored.
 *
 * @param reason why the proposer asks for the change
 */
public record ProposeChange(
        @NotNull(message = "{problemDetail.field.required}") ChangeType type,
        Long householdId,
        RemovalReason removalReason,
        Long memberId,
        @Valid NewHousehold household,
        @Valid NewMember member,
        @Valid HouseholdUpdate update,
        @Size(max = 500, message = "{field.size.max}") String reason,
        @Size(max = 1000, message = "{field.size.max}") String note) {}
