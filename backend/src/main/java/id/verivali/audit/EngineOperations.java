package id.verivali.audit;

import id.verivali.security.CurrentUser;
import id.verivali.security.Role;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every request that may change the engine (any method but GET, HEAD and OPTIONS) that an administrator or
 * integration sends to Camunda's REST API or to the web apps' API, with its answer's status, once it is answered.
 * Runs inside Spring Security's filter chain, which has put the caller in place and refused everyone else.
 */
class EngineOperations extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final AuditLog audit;

    EngineOperations(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String operator = READS.contains(request.getMethod()) ? null : engineOperator();
        if (operator == null) {
            chain.doFilter(request, response);
            return;
        }
        boolean answered = false;
        try {
            chain.doFilter(request, response);
            answered = true;
        } finally {
            if (request.isAsyncStarted()) {
                // A long-polling fetch-and-lock answers later, from another thread.
                request.getAsyncContext().addListener(new RecordWhenComplete(operator, request, response));
            } else {
                record(operator, request, answered ? response.getStatus() : 500);
            }
        }
    }

    private static String engineOperator() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                        && authentication.getPrincipal() instanceof CurrentUser user
                        && (user.role() == Role.ADMIN || user.role() == Role.INTEGRATION)
                ? user.username()
                : null;
    }

    private void record(String operator, HttpServletRequest request, int status) {
        audit.record(
                operator,
                AuditAction.ENGINE_OPERATION,
                null,
                null,
                null,
                new AuditDetails.EngineOperation(request.getMethod(), request.getRequestURI(), status).json());
    }

    private final class RecordWhenComplete implements AsyncListener {

        private final String operator;
        private final HttpServletRequest request;
        private final HttpServletResponse response;

        RecordWhenComplete(String operator, HttpServletRequest request, HttpServletResponse response) {
            this.operator = operator;
            this.request = request;
            this.response = response;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            record(operator, request, response.getStatus());
        }

        @Override
        public void onTimeout(AsyncEvent event) {}

        @Override
        public void onError(AsyncEvent event) {}

        @Override
        public void onStartAsync(AsyncEvent event) {}
    }
}
