package id.verivali.changerequest;

import id.verivali.common.web.ConfirmationRequiredException;
import id.verivali.common.web.ConfirmationRequiredException.Warning;
import id.verivali.household.HouseholdService;
import id.verivali.household.NewHousehold.NewMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** What a proposer is told before a proposal goes ahead: {@link ProposalWarning}. */
@Component
class ProposalWarnings {

    private final ChangeRequestRepository changes;
    private final ChangeRequestQueries queries;
    private final HouseholdService households;

    ProposalWarnings(ChangeRequestRepository changes, ChangeRequestQueries queries, HouseholdService households) {
        this.changes = changes;
        this.queries = queries;
        this.households = households;
    }

    /** Refuses the proposal (409 with the warnings) while a warning applies that it does not confirm. */
    void requireConfirmed(ProposeChange change) {
        List<Warning> warnings = new ArrayList<>();
        if (change.type() != ChangeType.NEW_HOUSEHOLD && change.householdId() != null) {
            var underWay =
                    queries.inProgressByHousehold(List.of(change.householdId())).get(change.householdId());
            if (underWay != null) {
                var other = changes.byId(underWay);
                warnings.add(new Warning(
                        ProposalWarning.CHANGE_IN_FLIGHT.name(),
                        "proposal.warning.changeInFlight",
                        other.number(),
                        new DefaultMessageSourceResolvable(
                                "stage." + other.stage().name())));
            }
        }
        // Only the people the proposal would put on the list; the other household is not named: it may lie outside
        // the proposer's region.
        var proposed = proposedNiks(change);
        var elsewhere = households.niksOnOtherActiveHouseholds(proposed, change.householdId());
        for (String nik : proposed) {
            if (elsewhere.contains(nik)) {
                warnings.add(new Warning(
                        ProposalWarning.NIK_ON_ANOTHER_HOUSEHOLD.name(),
                        "proposal.warning.nikOnAnotherHousehold",
                        nik));
            }
        }
        ConfirmationRequiredException.unlessConfirmed(
                warnings,
                change.confirmedWarnings() == null
                        ? List.of()
                        : change.confirmedWarnings().stream()
                                .map(ProposalWarning::name)
                                .toList());
    }

    /** The NIKs proposed; a part left out is for the proposal's own validation to name. */
    private static List<String> proposedNiks(ProposeChange change) {
        Stream<NewMember> people = switch (change.type()) {
            case NEW_HOUSEHOLD ->
                change.household() == null || change.household().members() == null
                        ? Stream.empty()
                        : change.household().members().stream();
            case ADD_MEMBER -> Stream.ofNullable(change.member());
            case REVERIFY, UPDATE, REMOVE_HOUSEHOLD, REMOVE_MEMBER -> Stream.empty();
        };
        return people.filter(Objects::nonNull)
                .map(NewMember::nik)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }
}
