package id.verivali.audit;

import id.verivali.security.CurrentUser;
import id.verivali.security.Role;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Records what administrators and integrations do and read through Camunda's APIs: {@link EngineOperations} for what
 * a request's path and status tell, the engine's REST layer for a fetch-and-lock, whose answer alone tells what it
 * locked.
 */
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

    /**
     * A fetch-and-lock answered: recorded when it locked tasks, since it handed over the variables it asked for; an
     * empty poll is not.
     *
     * @param topics the topic of each task locked
     */
    public void fetchedAndLocked(String operator, String path, int status, List<String> topics) {
        if (topics.isEmpty()) {
            return;
        }
        var details = new AuditDetails.EngineRead(
                "POST",
                path,
                status,
                topics.size(),
                topics.stream().distinct().sorted().toList());
        audit.record(operator, AuditAction.ENGINE_READ, null, null, details.json());
    }

    void read(String operator, String method, String path, int status) {
        audit.record(
                operator,
                AuditAction.ENGINE_READ,
                null,
                null,
                new AuditDetails.EngineRead(method, path, status, null, null).json());
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
