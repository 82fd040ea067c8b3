package id.verivali.changerequest;

import id.verivali.household.HouseholdUpdate;
import id.verivali.household.NewHousehold;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.RemovalReason;
import java.util.List;

/**
 * What a change proposes, for its checks and for applying it.
 *
 * @param householdId null for a new household until it is applied
 * @param niksConcerned the NIKs the checks look at: the proposed members of a new household, the member added or
 *     removed, otherwise the household's active members
 */
public record ProposedChange(
        String number,
        ChangeType type,
        Long householdId,
        Long memberId,
        RemovalReason removalReason,
        String villageCode,
        NewHousehold household,
        NewMember member,
        HouseholdUpdate update,
        List<String> niksConcerned) {}
