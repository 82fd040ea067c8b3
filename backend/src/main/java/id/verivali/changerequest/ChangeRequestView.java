package id.verivali.changerequest;

import id.verivali.household.RemovalReason;
import java.time.Instant;

/** A change request as the API and the process glue see it. */
public record ChangeRequestView(
        Long id,
        String number,
        ChangeType type,
        RemovalReason removalReason,
        String reason,
        String note,
        Long householdId,
        Long memberId,
        String villageCode,
        String subdistrictCode,
        String districtCode,
        String proposedBy,
        Instant proposedAt,
        ChangeStatus status,
        Stage stage,
        Instant dueDate,
        boolean overdue,
        String civilRegistryResult,
        String processInstanceId,
        Instant appliedAt) {

    static ChangeRequestView of(ChangeRequest change) {
        return new ChangeRequestView(
                change.id(),
                change.number(),
                change.type(),
                change.removalReason(),
                change.reason(),
                change.note(),
                change.householdId(),
                change.memberId(),
                change.villageCode(),
                change.subdistrictCode(),
                change.districtCode(),
                change.proposedBy(),
                change.proposedAt(),
                change.status(),
                change.stage(),
                change.dueDate(),
                change.overdue(),
                change.civilRegistryResult(),
                change.processInstanceId(),
                change.appliedAt());
    }
}
