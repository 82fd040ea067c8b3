package id.verivali.bpmn;

import static id.verivali.bpmn.HouseholdChange.MINISTRY_TIME_ZONE;

import java.time.Instant;
import java.time.YearMonth;

/**
 * The ministry's monthly determination cycle (Permensos 3/2021): regions submit until the cut-off day, Kemensos
 * verifies, and the month's decree (Kepmensos) fixes the registry. A change that reaches the ministry after the
 * cut-off joins next month's cycle and waits until it opens.
 *
 * @param month the cycle, written {@code 2026-03}
 * @param opensAt the first moment of the cycle's month
 * @param decreeDue the end of the cycle's month, by which its decree is due
 */
public record MonthlyCycle(YearMonth month, Instant opensAt, Instant decreeDue) {

    public static MonthlyCycle joinedAt(Instant arrival, int cutOffDay) {
        if (cutOffDay < 1 || cutOffDay > 28) {
            throw new IllegalArgumentException("The cut-off day must fall in every month (1-28): " + cutOffDay);
        }
        var local = arrival.atZone(MINISTRY_TIME_ZONE);
        var month = local.getDayOfMonth() <= cutOffDay
                ? YearMonth.from(local)
                : YearMonth.from(local).plusMonths(1);
        return new MonthlyCycle(
                month,
                month.atDay(1).atStartOfDay(MINISTRY_TIME_ZONE).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(MINISTRY_TIME_ZONE).toInstant());
    }

    public boolean opensAfter(Instant moment) {
        return opensAt.isAfter(moment);
    }
}
