package id.verivali.changerequest;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.LongStream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers change requests per district and year: {@code CR-6112-2026-000123}. The district's counter row stays locked
 * until the proposing transaction ends, so two proposals never share a number and a rolled-back one leaves no gap.
 */
@Component
class ChangeRequestNumbers {

    /** The year of a number is the year in Jakarta when the change was proposed. */
    static final ZoneId NUMBERING_ZONE = ZoneId.of("Asia/Jakarta");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separately;

    ChangeRequestNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    static String format(String districtCode, int year, long sequence) {
        return "CR-%s-%d-%06d".formatted(districtCode.replace(".", ""), year, sequence);
    }

    static int yearAt(Instant at) {
        return at.atZone(NUMBERING_ZONE).getYear();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(String districtCode, Instant proposedAt) {
        return next(districtCode, proposedAt, 1).get(0);
    }

    /** The district's next {@code count} numbers, in order, taken with one locking read and one write. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<String> next(String districtCode, Instant proposedAt, int count) {
        int year = yearAt(proposedAt);
        Long last = lockedLast(districtCode, year);
        if (last == null) {
            createCounter(districtCode, year);
            last = lockedLast(districtCode, year);
        }
        jdbc.update(
                "update change_request_sequence set last_number = ? where district_code = ? and number_year = ?",
                last + count,
                districtCode,
                year);
        long first = last + 1;
        return LongStream.range(first, first + count)
                .mapToObj(sequence -> format(districtCode, year, sequence))
                .toList();
    }

    private Long lockedLast(String districtCode, int year) {
        List<Long> found = jdbc.queryForList(
                "select last_number from change_request_sequence where district_code = ? and number_year = ?"
                        + " for update",
                Long.class,
                districtCode,
                year);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The year's first proposal in a district creates its counter, committed on its own: a locking read of a missing
     * row locks nothing on MySQL at READ COMMITTED, so two first proposals could otherwise both insert it.
     */
    private void createCounter(String districtCode, int year) {
        try {
            separately.executeWithoutResult(status -> jdbc.update(
                    "insert into change_request_sequence (district_code, number_year, last_number) values (?, ?, 0)",
                    districtCode,
                    year));
        } catch (DuplicateKeyException createdMeanwhile) {
            // Another proposal created it first; the locking read that follows waits for that one to finish.
        }
    }
}
