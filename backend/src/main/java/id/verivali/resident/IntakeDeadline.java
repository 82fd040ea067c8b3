package id.verivali.resident;

import java.time.Instant;

/**
 * A resident's submission is near its due date at the village's intake, or past it, the Camat's follow-up open.
 * Published inside the engine's transaction; whoever tells people about it waits for the commit.
 *
 * @param passed false for the reminder, true for the escalation
 */
public record IntakeDeadline(
        String trackingCode, SubmissionKind kind, String villageCode, Instant dueDate, boolean passed) {}
