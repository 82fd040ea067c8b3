package id.verivali.changerequest;

import id.verivali.changerequest.ChangeRequestDetails.FieldChange;
import id.verivali.changerequest.ChangeRequestDetails.Person;
import id.verivali.changerequest.ChangeRequestDetails.Place;
import id.verivali.changerequest.ChangeRequestDetails.Proposal;
import id.verivali.household.HouseholdService;
import id.verivali.household.HouseholdSnapshot;
import id.verivali.household.HouseholdUpdate;
import id.verivali.household.MemberView;
import id.verivali.household.NewHousehold;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.Nik;
import id.verivali.household.WelfareAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What a change proposes, read for the officials who decide it: {@link ChangeRequestDetails.Proposal}. */
@Component
class ProposalDetails {

    private final HouseholdService households;
    private final ChangeAudit audit;

    ProposalDetails(HouseholdService households, ChangeAudit audit) {
        this.households = households;
        this.audit = audit;
    }

    Proposal of(ChangeRequest change) {
        var payload = change.payload();
        if (change.type() == ChangeType.NEW_HOUSEHOLD) {
            NewHousehold proposed = payload.household();
            return new Proposal(
                    new Place(Nik.mask(proposed.kkNumber()), proposed.address(), proposed.rt(), proposed.rw()),
                    proposed.members().stream().map(ProposalDetails::person).toList(),
                    null,
                    List.of());
        }
        // Once applied, the record as it was before: a correction's "before" and a removed member as they were.
        HouseholdSnapshot household = change.appliedAt() == null
                ? households.snapshot(change.householdId())
                : audit.householdBeforeApplied(change).orElseGet(() -> households.snapshot(change.householdId()));
        var place = new Place(Nik.mask(household.kkNumber()), household.address(), household.rt(), household.rw());
        return switch (change.type()) {
            case ADD_MEMBER -> new Proposal(place, List.of(), person(payload.member()), List.of());
            case REMOVE_MEMBER ->
                new Proposal(
                        place,
                        List.of(),
                        household.members().stream()
                                .filter(member -> member.id().equals(change.memberId()))
                                .findFirst()
                                .map(ProposalDetails::person)
                                .orElse(null),
                        List.of());
            case UPDATE -> new Proposal(place, List.of(), null, fields(household, payload.update()));
            case NEW_HOUSEHOLD, REVERIFY, REMOVE_HOUSEHOLD -> new Proposal(place, List.of(), null, List.of());
        };
    }

    /** The corrected fields whose proposed value differs from the registry's, in the form's order. */
    private static List<FieldChange> fields(HouseholdSnapshot household, HouseholdUpdate update) {
        List<FieldChange> fields = new ArrayList<>();
        addIfChanged(fields, "address", household.address(), update.address());
        addIfChanged(fields, "rt", household.rt(), update.rt());
        addIfChanged(fields, "rw", household.rw(), update.rw());
        if (update.welfare() != null) {
            var before = welfare(household.welfare());
            welfare(update.welfare())
                    .forEach((attribute, proposed) ->
                            addIfChanged(fields, "welfare." + attribute, before.get(attribute), proposed));
        }
        return List.copyOf(fields);
    }

    private static void addIfChanged(List<FieldChange> fields, String field, String before, String proposed) {
        if (proposed != null && !proposed.equals(before)) {
            fields.add(new FieldChange(field, before, proposed));
        }
    }

    /** The welfare attributes by name, as text (enumerated values by name); those not recorded are left out. */
    private static Map<String, String> welfare(WelfareAttributes welfare) {
        Map<String, String> byName = new LinkedHashMap<>();
        if (welfare != null) {
            ChangeJson.fields(welfare).forEach((name, value) -> byName.put(name, String.valueOf(value)));
        }
        return byName;
    }

    private static Person person(NewMember member) {
        return new Person(
                member.name(), Nik.mask(member.nik()), member.birthDate(), member.sex(), member.relationship());
    }

    private static Person person(MemberView member) {
        return new Person(
                member.name(), Nik.mask(member.nik()), member.birthDate(), member.sex(), member.relationship());
    }
}
