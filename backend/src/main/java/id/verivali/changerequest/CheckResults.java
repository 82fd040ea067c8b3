package id.verivali.changerequest;

import java.util.List;
import java.util.Map;

/**
 * What the automatic checks found. A null part is one this call does not report: the checks may report one at a
 * time.
 *
 * @param civilRegistryResult the civil-registry check's overall result
 * @param matchesByNik the civil registry's answer per NIK, each the name of a
 *     {@link id.verivali.household.CivilRegistryStatus} ({@code MATCHED}, {@code NOT_MATCHED}, {@code DECEASED},
 *     {@code NIK_UNKNOWN}); written to the members when the change is applied
 * @param duplicateHouseholdIds households the duplicate check found
 * @param failure a {@link CheckFailure} name when a check ends the change
 */
public record CheckResults(
        String civilRegistryResult,
        Map<String, String> matchesByNik,
        List<Long> duplicateHouseholdIds,
        String failure) {}
