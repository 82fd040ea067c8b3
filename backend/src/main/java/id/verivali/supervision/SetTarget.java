package id.verivali.supervision;

import java.time.LocalDate;

/**
 * A kecamatan's target as its district sets it.
 *
 * @param targetDate required; not before {@code startsOn}
 * @param startsOn the day from which the kecamatan's changes count; absent: all of them
 * @param version the version of the target as the caller last read it; absent when the kecamatan has none yet. A
 *     different one (someone else set the target since) is refused with 409 and changes nothing.
 */
record SetTarget(LocalDate targetDate, LocalDate startsOn, Long version) {}
