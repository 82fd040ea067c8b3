package id.verivali.supervision;

import java.time.LocalDate;

/**
 * When a region will finish at the rate it has been finishing lately, and what that means against its target.
 *
 * @param ratePerDay changes ended per day over the last {@value #WINDOW_DAYS} days
 * @param projectedFinish today plus the days the remaining changes take at that rate; the last finishing day when
 *     nothing remains; null when work remains and nothing ended lately
 */
record ProgressProjection(double ratePerDay, LocalDate projectedFinish, ProgressStatus status) {

    /** The window of the rate: two weeks, long enough to span a deliberation cycle, short enough to follow a change. */
    static final int WINDOW_DAYS = 14;

    /**
     * @param total changes counted (proposed since the target's start)
     * @param done those of them that ended
     * @param doneLately those that ended in the last {@value #WINDOW_DAYS} days
     * @param lastFinished the day the last of them ended; null when none has
     * @param target the target date; null when there is none
     */
    static ProgressProjection of(
            long total, long done, long doneLately, LocalDate lastFinished, LocalDate target, LocalDate today) {
        long remaining = total - done;
        double rate = (double) doneLately / WINDOW_DAYS;
        LocalDate projected;
        if (remaining <= 0) {
            projected = lastFinished;
        } else if (doneLately == 0) {
            projected = null;
        } else {
            // ceil(remaining / (doneLately / WINDOW_DAYS)) in whole numbers, free of rounding.
            projected = today.plusDays((remaining * WINDOW_DAYS + doneLately - 1) / doneLately);
        }
        return new ProgressProjection(rate, projected, status(remaining, projected, lastFinished, target, today));
    }

    private static ProgressStatus status(
            long remaining, LocalDate projected, LocalDate lastFinished, LocalDate target, LocalDate today) {
        if (target == null) {
            return ProgressStatus.NO_TARGET;
        }
        if (remaining <= 0) {
            // Nothing proposed counts as nothing left to do.
            return lastFinished == null || !lastFinished.isAfter(target)
                    ? ProgressStatus.ON_TRACK
                    : ProgressStatus.LATE;
        }
        if (today.isAfter(target)) {
            return ProgressStatus.LATE;
        }
        if (projected == null || projected.isAfter(target)) {
            return ProgressStatus.AT_RISK;
        }
        return ProgressStatus.ON_TRACK;
    }
}
