package id.verivali.audit;

import id.verivali.security.CurrentUser;
import id.verivali.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Checks the whole hash chain, row by row in id order: each row's hash recomputed from its content and the previous
 * row's hash, each row's link to the row before it, no id missing, and the chain's head at the last row.
 */
@Service
class AuditChainService {

    /** Rows read at a time, by id range: a chain of millions is never in memory at once. */
    static final int PAGE = 1_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditChainService(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Row(
            long id,
            Instant at,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String regionCode,
            String details,
            String previousHash,
            String hash) {}

    /**
     * Only auditors check the chain (403 for anyone else); an auditor of any region checks all of it, since it is one
     * chain, and learns only where it breaks. The head is read first and rows up to it are checked: events appended
     * meanwhile wait for the next check. Not in one transaction: under READ COMMITTED each page sees the rows committed
     * by then, and rows up to the head read first are all committed.
     */
    ChainCheckView verify(CurrentUser auditor) {
        if (auditor.role() != Role.AUDITOR) {
            throw new AccessDeniedException(auditor.username() + " is no auditor");
        }
        var now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        var head = jdbc.queryForMap("select last_id, last_hash from audit_chain where id = 1");
        long headId = ((Number) head.get("last_id")).longValue();
        String headHash = (String) head.get("last_hash");

        long expected = 1;
        String previous = AuditLog.GENESIS;
        for (long from = 1; from <= headId; from += PAGE) {
            for (Row row : rows(from, Math.min(from + PAGE - 1, headId))) {
                if (row.id() != expected) {
                    return ChainCheckView.broken(expected - 1, expected, ChainProblem.MISSING_ROW, now);
                }
                if (!previous.equals(row.previousHash())) {
                    return ChainCheckView.broken(expected - 1, row.id(), ChainProblem.BROKEN_LINK, now);
                }
                var recomputed = AuditLog.hash(
                        row.id(),
                        row.at(),
                        row.actor(),
                        row.action(),
                        row.subjectType(),
                        row.subjectId(),
                        row.regionCode(),
                        row.details(),
                        row.previousHash());
                if (!recomputed.equals(row.hash())) {
                    return ChainCheckView.broken(expected - 1, row.id(), ChainProblem.HASH_MISMATCH, now);
                }
                previous = row.hash();
                expected++;
            }
        }
        long lastId = expected - 1;
        if (lastId < headId) {
            // The head counts rows that are gone from the end.
            return ChainCheckView.broken(lastId, expected, ChainProblem.MISSING_ROW, now);
        }
        if (!previous.equals(headHash)) {
            return ChainCheckView.broken(lastId, lastId, ChainProblem.HEAD_MISMATCH, now);
        }
        // Rows beyond the head are either appended since it was read (the head moved on with them, in the same
        // commit) or slipped in behind its back. The last row read before the head again tells which.
        Long lastRow = jdbc.queryForObject("select max(id) from audit_event", Long.class);
        long headNow = jdbc.queryForObject("select last_id from audit_chain where id = 1", Long.class);
        if (lastRow != null && lastRow > headNow) {
            long firstBeyond = jdbc.queryForObject("select min(id) from audit_event where id > ?", Long.class, headNow);
            return ChainCheckView.broken(lastId, firstBeyond, ChainProblem.HEAD_MISMATCH, now);
        }
        return ChainCheckView.intact(lastId, lastId, previous, now);
    }

    private List<Row> rows(long from, long to) {
        return jdbc.query(
                """
                select id, occurred_at, actor, action, subject_type, subject_id, region_code, details, previous_hash,
                    hash
                from audit_event where id between ? and ? order by id""",
                (row, i) -> new Row(
                        row.getLong("id"),
                        row.getTimestamp("occurred_at").toInstant(),
                        row.getString("actor"),
                        row.getString("action"),
                        row.getString("subject_type"),
                        row.getString("subject_id"),
                        row.getString("region_code"),
                        row.getString("details"),
                        row.getString("previous_hash"),
                        row.getString("hash")),
                from,
                to);
    }
}
