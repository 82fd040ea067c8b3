package id.verivali.workflow;

import id.verivali.audit.EngineAudit;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.camunda.bpm.engine.rest.ExternalTaskRestService;
import org.camunda.bpm.engine.rest.dto.externaltask.LockedExternalTaskDto;

/**
 * Hands the audit log every fetch-and-lock with the topics of the tasks it locked: only its answer tells, and a long
 * poll is answered from another thread, once a task turns up or the wait runs out. Jersey runs the response filter
 * with the list of locked tasks on whichever thread answers, where Spring Security's context of the request is no
 * longer in place; so the caller is taken while the request comes in.
 */
class FetchAndLockReads implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String OPERATOR = FetchAndLockReads.class.getName() + ".operator";

    private final EngineAudit audit;

    @Context
    private ResourceInfo resource;

    FetchAndLockReads(EngineAudit audit) {
        this.audit = audit;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (isFetchAndLock()) {
            String operator = audit.currentOperator();
            if (operator != null) {
                request.setProperty(OPERATOR, operator);
            }
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(OPERATOR) instanceof String operator && response.getEntity() instanceof List<?> tasks) {
            List<String> topics = tasks.stream()
                    .filter(LockedExternalTaskDto.class::isInstance)
                    .map(task -> ((LockedExternalTaskDto) task).getTopicName())
                    .toList();
            audit.fetchedAndLocked(
                    operator, request.getUriInfo().getRequestUri().getRawPath(), response.getStatus(), topics);
        }
    }

    /** By the resource method Jersey matched, under whichever engine's path. */
    private boolean isFetchAndLock() {
        var method = resource.getResourceMethod();
        return method != null
                && method.getName().equals("fetchAndLock")
                && ExternalTaskRestService.class.isAssignableFrom(resource.getResourceClass());
    }
}
