package id.verivali.changerequest;

import java.time.Instant;

/**
 * A change request in a list. No NIK appears here; the head's name is the registry's, or the proposal's for a new
 * household not yet on it.
 *
 * @param overdue whether the current stage's due date has passed (flagged by the process when it escalates)
 */
public record ChangeRequestSummary(
        Long id,
        String number,
        ChangeType type,
        Stage stage,
        ChangeStatus status,
        String villageCode,
        String villageName,
        String householdHead,
        Instant dueDate,
        boolean overdue,
        Instant proposedAt,
        String proposedBy) {}
