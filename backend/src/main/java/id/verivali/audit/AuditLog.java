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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends audit events to the hash chain. Appends are serialised on the chain's head row, so every event knows the
 * hash of the one before it; there is no update or delete.
 *
 * <p>A transaction's events are appended when it commits, not when they are recorded: the head row is then locked
 * only while the transaction commits. Locked at the first event instead, a deliberation deciding hundreds of changes
 * would hold every other writer of the log for its whole length, and could deadlock with a decision that locked one of
 * its changes first. (Hibernate still writes its pending changes after the append, at the commit itself; flushing
 * them here first would bypass the translation of their failures into Spring's exceptions, so a version clash would
 * no longer answer 409.)
 */
@Service
public class AuditLog {

    /**
     * The actor of what the application does by itself: a change applied by its process after the last approval,
     * accounts made at start-up.
     */
    public static final String SYSTEM = "system";

    /** The hash before the first event, as V6 puts it in the chain's head. */
    static final String GENESIS = "0".repeat(64);

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
     * Records that {@code actor} downloaded a report or a list ({@link AuditAction#REPORT_EXPORTED}, subject
     * {@code report/<report>}): its format and the parameters as they were applied, in the order given, those
     * without a value left out.
     */
    public void recordExport(String actor, String report, String regionCode, Map<String, ?> parameters) {
        Map<String, Object> details = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (value != null) {
                details.put(name, value);
            }
        });
        record(actor, AuditAction.REPORT_EXPORTED, AuditSubjects.REPORT, report, regionCode, AuditJson.write(details));
    }

    /**
     * Records the event in the caller's transaction, or in its own when there is none: an event of a decision that
     * rolls back is rolled back with it.
     *
     * @param regionCode the region the subject lies in (a household's village), so region-scoped readers find it
     * @param details compact JSON, as {@link AuditDetails} writes it, or null
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(
            String actor, AuditAction action, String subjectType, String subjectId, String regionCode, String details) {
        // Whole seconds: what MySQL stores (sendFractionalSeconds=false) must hash the same when checked later.
        var at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        var event = new Pending(at, actor, action.name(), subjectType, subjectId, regionCode, details);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            pendingInThisTransaction().add(event);
        } else {
            append(List.of(event));
        }
    }

    /** The events about one subject, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> about(String subjectType, String subjectId) {
        return jdbc.query(
                "select " + AuditEntry.COLUMNS
                        + " from audit_event where subject_type = ? and subject_id = ? order by id",
                AuditEntry.ROWS,
                subjectType,
                subjectId);
    }

    private record Pending(
            Instant at,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String regionCode,
            String details) {}

    /** The events recorded in the current transaction so far, appended when it commits. */
    private List<Pending> pendingInThisTransaction() {
        for (var synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof AppendOnCommit append && append.log() == this) {
                return append.events();
            }
        }
        var append = new AppendOnCommit(this, new ArrayList<>());
        TransactionSynchronizationManager.registerSynchronization(append);
        return append.events();
    }

    private record AppendOnCommit(AuditLog log, List<Pending> events) implements TransactionSynchronization {

        @Override
        public void beforeCommit(boolean readOnly) {
            log.append(events);
        }

        /** After everything else that runs before the commit, so that the head row is the last lock taken. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    private void append(List<Pending> events) {
        if (events.isEmpty()) {
            return;
        }
        var head = jdbc.queryForMap("select last_id, last_hash from audit_chain where id = 1 for update");
        long id = ((Number) head.get("last_id")).longValue();
        var previous = (String) head.get("last_hash");
        var rows = new ArrayList<Object[]>(events.size());
        for (var event : events) {
            id++;
            var hash = hash(
                    id,
                    event.at(),
                    event.actor(),
                    event.action(),
                    event.subjectType(),
                    event.subjectId(),
                    event.regionCode(),
                    event.details(),
                    previous);
            rows.add(new Object[] {
                id,
                Timestamp.from(event.at()),
                event.actor(),
                event.action(),
                event.subjectType(),
                event.subjectId(),
                event.regionCode(),
                event.details(),
                previous,
                hash
            });
            previous = hash;
        }
        jdbc.batchUpdate("""
                insert into audit_event (id, occurred_at, actor, action, subject_type, subject_id, region_code,
                    details, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        jdbc.update("update audit_chain set last_id = ?, last_hash = ? where id = 1", id, previous);
    }

    /**
     * An event's hash: SHA-256 (hex) of its fields joined by the unit separator (U+001F), in this order: id,
     * occurred_at as ISO-8601 in UTC, actor, action, subject type, subject id, details (absent ones as {@code null}),
     * the previous event's hash, and last the region code when the event has one.
     */
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
