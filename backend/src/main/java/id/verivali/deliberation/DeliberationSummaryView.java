package id.verivali.deliberation;

import java.time.Instant;
import java.time.LocalDate;

/** A deliberation in a list: what, where, when and how many changes it decided. */
record DeliberationSummaryView(
        long id,
        DeliberationLevel level,
        DeliberationView.Region region,
        LocalDate heldOn,
        String place,
        String minutesNumber,
        String minutesSha256,
        int decisionCount,
        String heldBy,
        Instant recordedAt) {}
