package id.verivali.round;

import id.verivali.common.web.DateWithin;
import id.verivali.common.web.PlainText;
import id.verivali.region.RegionCode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A round as its district opens it.
 *
 * @param name e.g. "Verivali DTKS 2027 tahap I"
 * @param districtCode the district whose list is re-verified
 * @param startsOn the round's first day; from a year ago to {@value #YEARS_AHEAD} years ahead
 * @param targetDate the target date of every kecamatan in scope that {@code subdistricts} gives none; not before
 *     {@code startsOn}
 * @param subdistricts the kecamatan in scope, each with its own target date if it has one; absent or empty: every
 *     kecamatan of the district
 */
record OpenRound(
        @NotBlank(message = "{problemDetail.field.required}") @Size(max = 200, message = "{field.size.max}") @PlainText
        String name,

        @NotNull(message = "{problemDetail.field.required}") @RegionCode
        String districtCode,

        @NotNull(message = "{problemDetail.field.required}")
        @DateWithin(yearsBefore = 1, yearsAfter = YEARS_AHEAD, message = "{round.startsOn.range}")
        LocalDate startsOn,

        @NotNull(message = "{problemDetail.field.required}")
        @DateWithin(yearsBefore = 1, yearsAfter = YEARS_AHEAD, message = "{round.targetDate.range}")
        LocalDate targetDate,

        @Size(max = 100, message = "{round.subdistricts.size}")
        List<@Valid @NotNull(message = "{problemDetail.field.required}") Kecamatan> subdistricts) {

    static final int YEARS_AHEAD = 10;

    /**
     * @param code a kecamatan of the district
     * @param targetDate its own target date; absent: the round's
     */
    @Schema(name = "OpenRoundKecamatan")
    record Kecamatan(
            @NotNull(message = "{problemDetail.field.required}") @RegionCode
            String code,

            @DateWithin(yearsBefore = 1, yearsAfter = YEARS_AHEAD, message = "{round.targetDate.range}")
            LocalDate targetDate) {}
}
