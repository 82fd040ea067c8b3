package id.verivali.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
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

    /** Records the event in the caller's transaction, or in its own when there is none. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, AuditAction action, String subjectType, String subjectId, String details) {
        var head = jdbc.queryForMap("select last_id, last_hash from audit_chain where id = 1 for update");
        long id = ((Number) head.get("last_id")).longValue() + 1;
        var previous = (String) head.get("last_hash");
        // Whole seconds: what MySQL stores (sendFractionalSeconds=false) must hash the same when checked later.
        var at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        var hash = hash(id, at, actor, action.name(), subjectType, subjectId, details, previous);
        jdbc.update("""
                insert into audit_event (id, occurred_at, actor, action, subject_type, subject_id, details,
                    previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, Timestamp.from(at), actor, action.name(), subjectType, subjectId, details, previous, hash);
        jdbc.update("update audit_chain set last_id = ?, last_hash = ? where id = 1", id, hash);
    }

    static String hash(
            long id,
            Instant at,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String details,
            String previous) {
        var content = String.join(
                "\u001f",
                Long.toString(id),
                at.toString(),
                actor,
                action,
                String.valueOf(subjectType),
                String.valueOf(subjectId),
                String.valueOf(details),
                previous);
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JVM provides SHA-256", impossible);
        }
    }
}
