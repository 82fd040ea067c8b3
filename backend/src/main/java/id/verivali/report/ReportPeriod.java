package id.verivali.report;

import id.verivali.common.web.InvalidFieldException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The days a report's before and after compare: the registry at the start of {@code since} and at the end of
 * {@code until}, days in the registry's time zone. Without {@code since} a report has no before and after.
 */
record ReportPeriod(LocalDate since, LocalDate until) {

    static final String SINCE = "since";
    static final String UNTIL = "until";

    /**
     * The period as the caller wrote it (ISO dates, {@code until} today unless given), refused field by field: a date
     * that is not one, an {@code until} after today (the registry of the future is unknown), a {@code since} after
     * {@code until}.
     */
    static ReportPeriod parse(String since, String until, LocalDate today) {
        LocalDate start = date(SINCE, since).orElse(null);
        LocalDate end = date(UNTIL, until).orElse(today);
        if (end.isAfter(today)) {
            throw new InvalidFieldException(UNTIL, "report.until.future", today.toString());
        }
        if (start != null && start.isAfter(end)) {
            throw new InvalidFieldException(SINCE, "report.since.afterUntil", end.toString());
        }
        return new ReportPeriod(start, end);
    }

    boolean hasBeforeAndAfter() {
        return since != null;
    }

    /** The moment "before" counts the registry at: the start of {@code since}, or of {@code until} without one. */
    Instant start(ZoneId zone) {
        return (since == null ? until : since).atStartOfDay(zone).toInstant();
    }

    /** The moment "after" counts the registry at: the end of {@code until}. */
    Instant end(ZoneId zone) {
        return until.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static Optional<LocalDate> date(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException notADate) {
            throw new InvalidFieldException(field, "report.date.format");
        }
    }
}
