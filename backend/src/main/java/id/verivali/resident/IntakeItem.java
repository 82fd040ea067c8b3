package id.verivali.resident;

import java.time.Instant;

/**
 * A resident's submission as the intake lists it.
 *
 * @param subject a proposal's proposed head, an objection's objected person
 * @param dueDate by when the village operator should answer
 * @param escalated whether its deadline passed and the kecamatan was asked to follow it up
 * @param lapsesAt when an objection lapses unverified
 * @param followUpOpen whether the kecamatan's follow-up is open now
 */
public record IntakeItem(
        String trackingCode,
        SubmissionKind kind,
        SubmissionState state,
        String villageCode,
        String villageName,
        String subject,
        Instant submittedAt,
        Instant dueDate,
        boolean overdue,
        boolean escalated,
        Instant lapsesAt,
        boolean followUpOpen) {}
