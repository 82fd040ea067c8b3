package id.verivali.changerequest;

import id.verivali.audit.AuditAction;
import id.verivali.audit.AuditDetails;
import id.verivali.audit.AuditLog;
import id.verivali.audit.AuditSubjects;
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
}
