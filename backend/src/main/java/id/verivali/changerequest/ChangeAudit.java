package id.verivali.changerequest;

import id.verivali.audit.AuditAction;
import id.verivali.audit.AuditDetails;
import id.verivali.audit.AuditLog;
import id.verivali.audit.AuditSubjects;
import id.verivali.household.HouseholdSnapshot;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The audit trail's entries about a change, each filed under the change and its village. */
@Component
class ChangeAudit {

    private final AuditLog audit;

    ChangeAudit(AuditLog audit) {
        this.audit = audit;
    }

    void record(ChangeRequest change, String actor, AuditAction action, AuditDetails details) {
        audit.record(
                actor,
                action,
                AuditSubjects.CHANGE_REQUEST,
                change.id().toString(),
                change.villageCode(),
                details.json());
    }

    /** The household as it was just before the change was applied; empty until then, and for a new household. */
    Optional<HouseholdSnapshot> householdBeforeApplied(ChangeRequest change) {
        return audit.about(AuditSubjects.CHANGE_REQUEST, change.id().toString()).stream()
                .filter(entry -> entry.action() == AuditAction.CHANGE_APPLIED)
                .reduce((first, last) -> last)
                .map(entry -> ChangeJson.read(entry.details(), Applied.class).before());
    }

    /** The part of {@link AuditDetails.ChangeApplied} read back. */
    private record Applied(HouseholdSnapshot before) {}
}
