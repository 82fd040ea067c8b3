package id.verivali.audit;

import id.verivali.security.CurrentUser;
import id.verivali.security.Role;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Records what administrators and integrations do and read through Camunda's APIs. */
@Component
public class EngineAudit {

    private final AuditLog audit;

    EngineAudit(AuditLog audit) {
        this.audit = audit;
    }

    /** The administrator or integration sending the request on this thread, or null for anyone else. */
    public String currentOperator() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                        && authentication.getPrincipal() instanceof CurrentUser user
                        && (user.role() == Role.ADMIN || user.role() == Role.INTEGRATION)
                ? user.username()
                : null;
    }

    void read(String operator, String method, String path, int status) {
        audit.record(
                operator,
                AuditAction.ENGINE_READ,
                null,
                null,
                new AuditDetails.EngineRead(method, path, status).json());
    }

    void operation(String operator, String method, String path, int status) {
        audit.record(
                operator,
                AuditAction.ENGINE_OPERATION,
                null,
                null,
                new AuditDetails.EngineOperation(method, path, status).json());
    }
}
