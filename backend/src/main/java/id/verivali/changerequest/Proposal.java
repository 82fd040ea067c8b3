package id.verivali.changerequest;

import id.verivali.changerequest.ChangeJson.Payload;
import id.verivali.common.web.InvalidFieldException;
import id.verivali.household.HouseholdService;
import id.verivali.household.HouseholdUpdate;
import id.verivali.household.HouseholdView;
import id.verivali.household.MemberView;
import id.verivali.household.NewHousehold;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.PersonToMatch;
import id.verivali.household.RecordStatus;
import id.verivali.household.Relationship;
import id.verivali.household.RemovalReason;
import id.verivali.security.RegionScope;
import java.util.List;

/**
 * What a valid proposal brings, by type; only the parts its type uses.
 *
 * @param persons the people the civil-registry check matches
 */
record Proposal(
        Long householdId,
        Long memberId,
        RemovalReason removalReason,
        String villageCode,
        Payload payload,
        List<PersonToMatch> persons) {

    /**
     * The parts of a proposal its type needs, checked against the registry: refused (400 naming the field) when a
     * part is missing, the household is off the list, a new household does not start with its head, a household is
     * full, or the member to remove is not one of its active members.
     */
    static Proposal of(ProposeChange change, HouseholdService households) {
        if (change.type() == ChangeType.NEW_HOUSEHOLD) {
            NewHousehold household = required(change.household(), "household", "changeRequest.household.required");
            if (household.members().get(0).relationship() != Relationship.HEAD) {
                throw new InvalidFieldException("household.members[0].relationship", "household.members.firstIsHead");
            }
            return new Proposal(
                    null,
                    null,
                    null,
                    household.villageCode(),
                    new Payload(household, null, null),
                    household.members().stream().map(Proposal::person).toList());
        }
        long householdId = required(change.householdId(), "householdId", "changeRequest.householdId.required");
        HouseholdView household = households.get(RegionScope.national(), householdId);
        if (household.status() != RecordStatus.ACTIVE) {
            throw new InvalidFieldException("householdId", "changeRequest.household.removed");
        }
        String village = household.villageCode();
        List<PersonToMatch> active = household.members().stream()
                .filter(m -> m.status() == RecordStatus.ACTIVE)
                .map(Proposal::person)
                .toList();
        return switch (change.type()) {
            case REVERIFY -> new Proposal(householdId, null, null, village, null, active);
            case UPDATE -> {
                HouseholdUpdate update = change.update();
                if (update == null
                        || (update.address() == null
                                && update.rt() == null
                                && update.rw() == null
                                && update.welfare() == null)) {
                    throw new InvalidFieldException("update", "changeRequest.update.required");
                }
                yield new Proposal(householdId, null, null, village, new Payload(null, null, update), active);
            }
            case REMOVE_HOUSEHOLD -> new Proposal(householdId, null, removalReason(change), village, null, active);
            case ADD_MEMBER -> {
                NewMember member = required(change.member(), "member", "changeRequest.member.required");
                if (active.size() >= NewHousehold.MAX_MEMBERS) {
                    throw new InvalidFieldException("member", "household.members.full", NewHousehold.MAX_MEMBERS);
                }
                yield new Proposal(
                        householdId, null, null, village, new Payload(null, member, null), List.of(person(member)));
            }
            case REMOVE_MEMBER -> {
                RemovalReason reason = removalReason(change);
                long memberId = required(change.memberId(), "memberId", "problemDetail.field.required");
                MemberView member = household.members().stream()
                        .filter(m -> m.id() == memberId && m.status() == RecordStatus.ACTIVE)
                        .findFirst()
                        .orElseThrow(
                                () -> new InvalidFieldException("memberId", "changeRequest.memberId.notInHousehold"));
                yield new Proposal(householdId, memberId, reason, village, null, List.of(person(member)));
            }
            case NEW_HOUSEHOLD -> throw new IllegalStateException("A new household has no household id");
        };
    }

    /** A household's periodic re-verification, from what a walk over the list has read of it already. */
    static Proposal reverification(long householdId, String villageCode, List<PersonToMatch> activeMembers) {
        return new Proposal(householdId, null, null, villageCode, null, activeMembers);
    }

    private static RemovalReason removalReason(ProposeChange change) {
        return required(change.removalReason(), "removalReason", "changeRequest.removalReason.required");
    }

    private static <T> T required(T value, String field, String messageCode) {
        if (value == null) {
            throw new InvalidFieldException(field, messageCode);
        }
        return value;
    }

    private static PersonToMatch person(NewMember member) {
        return new PersonToMatch(member.nik(), member.name(), member.birthDate());
    }

    private static PersonToMatch person(MemberView member) {
        return new PersonToMatch(member.nik(), member.name(), member.birthDate());
    }
}
