package id.verivali.audit;

import java.time.Instant;

/** One recorded audit event, as stored in the chain. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        AuditAction action,
        String subjectType,
        String subjectId,
        String regionCode,
        String details) {}
