package id.verivali.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the application accepts traffic, the registry's API and Camunda's answer 503 with {@code Retry-After}, ahead
 * of any sign-in. Tomcat opens the port before the start-up runners have loaded the regions and created the accounts
 * (the demo's among them): a sign-in then would be refused with 401, telling an official their password is wrong.
 * The front end's files and the health probes are served throughout.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 1)
class ReadinessGate extends OncePerRequestFilter {

    private static final List<String> GATED = List.of("/api/", "/engine-rest/", "/camunda/");
    private static final String RETRY_AFTER_SECONDS = "5";

    private final ApplicationAvailability availability;
    private final ProblemResponses problems;

    ReadinessGate(ApplicationAvailability availability, ProblemResponses problems) {
        this.availability = availability;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return GATED.stream().noneMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "problemDetail.notReady");
    }
}
