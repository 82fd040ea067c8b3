package id.verivali.report;

import id.verivali.region.RegionLevel;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The published figures of a region, and of each of its child regions as the rows of the table: a district's
 * kecamatan, a kecamatan's villages, the country's provinces.
 *
 * @param asOf when the figures were counted
 * @param period the registry before and after a period; absent without {@code since}
 * @param children one entry per child region, in code order, zeros included; none for a village
 */
record SummaryView(Region region, Instant asOf, Figures figures, Period period, List<Child> children) {

    /** The region; code and level are absent for the whole country. */
    @Schema(name = "SummaryRegion")
    record Region(String code, String name, RegionLevel level) {}

    /**
     * Counts of the registry now. Households count households; every other figure counts people (DTKS records of
     * household members), as the published figures do.
     */
    record Figures(
            @Schema(description = "Households on the registry (status ACTIVE)")
            long households,

            @Schema(description = "Members on the registry: active members of active households")
            long members,

            @Schema(description = "Members on the registry the civil registry matched (padan)")
            long matched,

            @Schema(
                    description = "Members on the registry the civil registry did not match: NOT_MATCHED, or a NIK"
                            + " it does not know (NIK_UNKNOWN)")
            long notMatched,

            @Schema(description = "Members on the registry not yet checked with the civil registry")
            long unchecked,

            @Schema(
                    description = "Members who died, on the registry or off it: the civil registry says DECEASED,"
                            + " or the member was removed as DECEASED, or the member's household was")
            long died,

            @Schema(
                    description = "Members on the registry that a removal in progress would take off: every member"
                            + " of a household proposed for removal, and each member proposed for removal")
            long proposedForDeletion,

            @Schema(
                    description = "Members on the registry whom the civil registry's population table records"
                            + " without an e-KTP. A NIK the table lacks is the civil registry's NIK_UNKNOWN: not"
                            + " matched, never counted here")
            long withoutEktp) {}

    /** The registry at the start of {@code since} and at the end of {@code until}. */
    record Period(
            LocalDate since,
            LocalDate until,

            @Schema(description = "Households on the registry at the start of since")
            long householdsBefore,

            @Schema(description = "Households on the registry at the end of until")
            long householdsAfter,

            @Schema(description = "Members on the registry at the start of since")
            long membersBefore,

            @Schema(description = "Members on the registry at the end of until")
            long membersAfter) {}

    @Schema(name = "SummaryChild")
    record Child(String code, String name, Figures figures, Period period) {}
}
