package id.verivali.changerequest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import id.verivali.household.Relationship;
import id.verivali.household.Sex;
import java.time.LocalDate;
import java.util.List;

/**
 * One change request as its page shows it: the change itself (its fields at the top level), what it proposes, where
 * it is, the decisions taken so far (oldest first) and what the automatic checks found.
 */
public record ChangeRequestDetails(
        @JsonUnwrapped ChangeRequestView change,
        String villageName,
        String householdHead,
        Proposal proposal,
        List<DecisionView> decisions,
        Checks checks) {

    /**
     * What the change asks for, so that whoever decides it sees it. NIKs and family card numbers are masked, as in the
     * checks; the full ones stay behind the household's audited details.
     *
     * @param household the household the change is about: as the registry holds it, or as proposed for a new one
     * @param members a new household's proposed members, the head first as proposed
     * @param member the member to add (its proposed record) or to remove (its record on the registry)
     * @param fields a correction's fields that change, each with its value before and the proposed one
     */
    public record Proposal(Place household, List<Person> members, Person member, List<FieldChange> fields) {}

    /** Where a household lives and its family card (KK), masked. */
    public record Place(String kkNumberMasked, String address, String rt, String rw) {}

    public record Person(String name, String nikMasked, LocalDate birthDate, Sex sex, Relationship relationship) {}

    /**
     * One field of a correction.
     *
     * @param field {@code address}, {@code rt}, {@code rw} or a welfare attribute ({@code welfare.floorMaterial})
     * @param before the registry's value: now while the change is open, just before it was applied once it is;
     *     absent when the registry has none
     * @param proposed the proposed value; enumerated values by name ({@code CEMENT})
     */
    public record FieldChange(String field, String before, String proposed) {}

    /**
     * What the automatic checks found. NIKs are masked: the civil registry's answers name people by NIK, and a
     * change's page is not the audited household details.
     *
     * @param failure a {@link CheckFailure} name when the checks ended the change
     * @param civilRegistryMatches the civil registry's answer for each person checked
     * @param duplicateHouseholdIds other households with a proposed NIK or on the same family card
     */
    public record Checks(
            String failure, List<CivilRegistryMatch> civilRegistryMatches, List<Long> duplicateHouseholdIds) {}

    /** @param result a {@link id.verivali.household.CivilRegistryStatus} name */
    public record CivilRegistryMatch(String nikMasked, String result) {}
}
