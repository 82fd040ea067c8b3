package id.verivali.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends audit events to the hash chain. Appends are serialised on the chain's head row, so every event knows the
 * hash of the one before it; there is no update or delete.
 */
@Service
public class AuditLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an event that concerns no region. */
    public void record(String actor, AuditAction action, String subjectType, String subjectId, String details) {
        record(actor, action, subjectType, subjectId, null, details);
    }

    /**
     * Records the event in the caller's transaction, or in its own when there is none: an event of a decision that
     * rolls back is rolled back with it.
     *
     * @param regionCode the region the subject lies in (a household's village), so region-scoped readers find it
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(
            String actor, AuditAction action, String subjectType, String subjectId, String regionCode, String details) {
        var head = jdbc.queryForMap("select last_id, last_hash from audit_chain where id = 1 for update");
        long id = ((Number) head.get("last_id")).longValue() + 1;
        var previous = (String) head.get("last_hash");
        // Whole seconds: what MySQL stores (sendFractionalSeconds=false) must hash the same when checked later.
        var at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        var hash = hash(id, at, actor, action.name(), subjectType, subjectId, regionCode, details, previous);
        jdbc.update(
                """
                insert into audit_event (id, occurred_at, actor, action, subject_type, subject_id, region_code,
                    details, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id,
                Timestamp.from(at),
                actor,
                action.name(),
                subjectType,
                subjectId,
                regionCode,
                details,
                previous,
                hash);
        jdbc.update("update audit_chain set last_id = ?, last_hash = ? where id = 1", id, hash);
    }

    /** The events about one subject, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> about(String subjectType, String subjectId) {
        return jdbc.query(
                """
                select id, occurred_at, actor, action, subject_type, subject_id, region_code, details
                from audit_event where subject_type = ? and subject_id = ? order by id""",
                (row, i) -> new AuditEntry(
                        row.getLong("id"),
                        row.getTimestamp("occurred_at").toInstant(),
                        row.getString("actor"),
                        AuditAction.valueOf(row.getString("action")),
                        row.getString("subject_type"),
                        row.getString("subject_id"),
                        row.getString("region_code"),
                        row.getString("details")),
                subjectType,
                subjectId);
    }

    static String hash(
            long id,
            Instant at,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String regionCode,
            String details,
            String previous) {
        var fields = new ArrayList<>(List.of(
                Long.toString(id),
                at.toString(),
                actor,
                action,
                String.valueOf(subjectType),
                String.valueOf(subjectId),
                String.valueOf(details),
                previous));
        // Events recorded before regions were kept have none; their hashes must stay what they were.
        if (regionCode != null) {
            fields.add(regionCode);
        }
        var content = String.join("\u001f", fields);
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JVM provides SHA-256", impossible);
        }
    }
}
