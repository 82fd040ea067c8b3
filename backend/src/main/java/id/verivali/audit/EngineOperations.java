package id.verivali.audit;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records what an administrator or integration does through Camunda's REST API or the web apps' API, once it is
 * answered: every request that may change the engine with its answer's status, and every read of variables that
 * succeeded (see {@link EngineRequestKind}). Runs inside Spring Security's filter chain, which has put the caller
 * in place and refused everyone else.
 */
class EngineOperations extends OncePerRequestFilter {

    private final EngineAudit audit;

    EngineOperations(EngineAudit audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var kind = EngineRequestKind.of(request);
        String operator = kind == EngineRequestKind.OPERATION || kind == EngineRequestKind.PERSONAL_DATA_READ
                ? audit.currentOperator()
                : null;
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
                // Answered later, from another thread.
                request.getAsyncContext().addListener(new RecordWhenComplete(kind, operator, request, response));
            } else {
                record(kind, operator, request, answered ? response.getStatus() : 500);
            }
        }
    }

    /** A read that failed disclosed nothing. */
    private void record(EngineRequestKind kind, String operator, HttpServletRequest request, int status) {
        if (kind == EngineRequestKind.OPERATION) {
            audit.operation(operator, request.getMethod(), request.getRequestURI(), status);
        } else if (status < 400) {
            audit.read(operator, request.getMethod(), request.getRequestURI(), status);
        }
    }

    private final class RecordWhenComplete implements AsyncListener {

        private final EngineRequestKind kind;
        private final String operator;
        private final HttpServletRequest request;
        private final HttpServletResponse response;

        RecordWhenComplete(
                EngineRequestKind kind, String operator, HttpServletRequest request, HttpServletResponse response) {
            this.kind = kind;
            this.operator = operator;
            this.request = request;
            this.response = response;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            record(kind, operator, request, response.getStatus());
        }

        @Override
        public void onTimeout(AsyncEvent event) {}

        @Override
        public void onError(AsyncEvent event) {}

        @Override
        public void onStartAsync(AsyncEvent event) {}
    }
}
