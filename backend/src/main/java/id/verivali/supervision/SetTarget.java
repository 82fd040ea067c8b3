package id.verivali.supervision;

import id.verivali.common.web.DateWithin;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A kecamatan's target as its district sets it.
 *
 * @param targetDate required; from today to {@value #YEARS_AHEAD} years ahead, and not before {@code startsOn}
 * @param startsOn the day from which the kecamatan's changes count; absent: all of them. At most {@value
 *     #YEARS_AHEAD} years either side of today.
 * @param version the version of the target as the caller last read it; absent when the kecamatan has none yet. A
 *     different one (someone else set the target since) is refused with 409 and changes nothing.
 */
record SetTarget(
        @NotNull(message = "{problemDetail.field.required}")
        @DateWithin(yearsAfter = YEARS_AHEAD, message = "{supervision.targetDate.range}")
        LocalDate targetDate,

        @DateWithin(yearsBefore = YEARS_AHEAD, yearsAfter = YEARS_AHEAD, message = "{supervision.startsOn.range}")
        LocalDate startsOn,

        Long version) {

    /** How far ahead a verification round is planned, at the very most. */
    static final int YEARS_AHEAD = 10;
}
