package id.verivali.changerequest;

import java.time.Instant;
import java.time.LocalDate;

/** One decision taken on a change. */
public record DecisionView(
        Long id,
        Stage stage,
        String actor,
        Decision decision,
        String reason,
        String note,
        String reference,
        LocalDate referenceDate,
        Instant decidedAt) {}
