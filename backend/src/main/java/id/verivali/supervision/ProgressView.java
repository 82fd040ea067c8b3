package id.verivali.supervision;

import id.verivali.region.RegionLevel;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A region's progress, and its children's, towards the target dates set for them.
 *
 * @param region absent for the whole country, whose children are the provinces
 * @param rateWindowDays the days over which {@code ratePerDay} is measured
 * @param totals the region's own: the sum of its children (each counted from its own target's start), against the
 *     region's own target when it is a kecamatan or a village
 * @param children a province's districts, a district's kecamatan, a kecamatan's villages (which share their
 *     kecamatan's target); none for a village
 */
record ProgressView(RegionRef region, Instant asOf, int rateWindowDays, Totals totals, List<Child> children) {

    /**
     * @param done the changes counted that ended (approved, rejected or withdrawn)
     * @param total the changes proposed since the target's start ({@code startsOn}), or all of them without one
     * @param projectedFinish absent when work remains and nothing ended lately
     */
    record Totals(
            long done,
            long total,
            double ratePerDay,
            LocalDate projectedFinish,
            LocalDate target,
            LocalDate startsOn,
            ProgressStatus status) {}

    @Schema(name = "ProgressChild")
    record Child(
            String code,
            String name,
            RegionLevel level,
            long done,
            long total,
            double ratePerDay,
            LocalDate projectedFinish,
            LocalDate target,
            LocalDate startsOn,
            ProgressStatus status) {}
}
