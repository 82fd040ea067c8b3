package id.verivali.changerequest;

import id.verivali.common.web.PlainText;
import id.verivali.household.HouseholdUpdate;
import id.verivali.household.NewHousehold;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.RemovalReason;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A change as the API takes it: {@link ProposeChange}'s parts, refused at the door when a proposed NIK or family card
 * number is invalid on its face (the process's own check stays for proposals that arrive by other ways).
 */
@ValidProposedNumbers
record CreateChangeRequest(
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
        String note) {

    ProposeChange toProposal() {
        return new ProposeChange(type, householdId, removalReason, memberId, household, member, update, reason, note);
    }
}
