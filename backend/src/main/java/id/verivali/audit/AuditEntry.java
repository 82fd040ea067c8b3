package id.verivali.audit;

import java.time.Instant;
import org.springframework.jdbc.core.RowMapper;

/** One recorded audit event, as stored in the chain. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        AuditAction action,
        String subjectType,
        String subjectId,
        String regionCode,
        String details) {

    /** The columns {@link #ROWS} reads, in a query's select list. */
    static final String COLUMNS = "id, occurred_at, actor, action, subject_type, subject_id, region_code, details";

    static final RowMapper<AuditEntry> ROWS = (row, i) -> new AuditEntry(
            row.getLong("id"),
            row.getTimestamp("occurred_at").toInstant(),
            row.getString("actor"),
            AuditAction.valueOf(row.getString("action")),
            row.getString("subject_type"),
            row.getString("subject_id"),
            row.getString("region_code"),
            row.getString("details"));
}
