package id.verivali.deliberation;

import id.verivali.changerequest.Decision;
import id.verivali.changerequest.Stage;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A deliberation as one change sees it: the record that decided it, and what it decided on it.
 *
 * @param level {@code VILLAGE}, {@code SUBDISTRICT}, {@code DISTRICT} or {@code MINISTRY}
 * @param stage the level's stage, whose task the deliberation completed
 * @param regionCode null for a ministry decree
 * @param minutesSha256 the signed minutes' SHA-256, lower-case hex
 * @param taskId the change's task the deliberation completed
 */
public record ChangeDeliberationView(
        long id,
        String level,
        Stage stage,
        String regionCode,
        LocalDate heldOn,
        String place,
        String minutesNumber,
        String minutesSha256,
        String heldBy,
        Instant recordedAt,
        String taskId,
        Decision decision,
        String reason,
        String note) {}
