package id.verivali.changerequest;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A decision to record on a change.
 *
 * @param actor the username of who decided
 * @param reference the ratification letter's number (district approval), the decree's number (ministry) or the
 *     minutes' number (a deliberation)
 * @param decidedAt when it was decided; now when null
 */
public record RecordedDecision(
        Stage stage,
        String actor,
        Decision decision,
        String reason,
        String note,
        String reference,
        LocalDate referenceDate,
        Instant decidedAt) {}
