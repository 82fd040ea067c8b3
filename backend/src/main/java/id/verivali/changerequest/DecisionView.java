package id.verivali.changerequest;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One decision taken on a change.
 *
 * @param deliberationId the deliberation whose minutes record it; absent for a decision taken alone in the inbox
 */
public record DecisionView(
        Long id,
        Stage stage,
        String actor,
        Decision decision,
        String reason,
        String note,
        String reference,
        LocalDate referenceDate,
        Instant decidedAt,
        Long deliberationId) {

    DecisionView recordedIn(Long deliberation) {
        return new DecisionView(
                id, stage, actor, decision, reason, note, reference, referenceDate, decidedAt, deliberation);
    }
}
