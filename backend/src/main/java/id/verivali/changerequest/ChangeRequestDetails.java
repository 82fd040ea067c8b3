package id.verivali.changerequest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * One change request as its page shows it: the change itself (its fields at the top level), where it is, the
 * decisions taken so far (oldest first) and what the automatic checks found.
 */
public record ChangeRequestDetails(
        @JsonUnwrapped ChangeRequestView change,
        String villageName,
        String householdHead,
        List<DecisionView> decisions,
        Checks checks) {

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
