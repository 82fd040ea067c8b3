package id.verivali.supervision;

import java.time.Instant;
import java.time.LocalDate;

/** A kecamatan's target; {@code version} goes back with the next change of it. */
record TargetView(
        String regionCode,
        String regionName,
        LocalDate targetDate,
        LocalDate startsOn,
        String setBy,
        Instant setAt,
        long version) {

    static TargetView of(SupervisionTarget target, String regionName) {
        return new TargetView(
                target.regionCode(),
                regionName,
                target.targetDate(),
                target.startsOn(),
                target.setBy(),
                target.setAt(),
                target.version());
    }
}
