package id.verivali.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Requests Spring Security's firewall refuses before any filter sees them (a path with {@code ;}, {@code %25},
 * {@code ..} or {@code //}, a header with control characters, an unknown method): 400 as a problem detail. Spring
 * Security takes this handler from the context by its type.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

    private final ProblemWriter problems;

    RejectedRequests(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        // The firewall's reason names what it found; the caller gets the rule, not an echo of their input.
        log.debug("Rejected {} {}: {}", request.getMethod(), request.getRequestURI(), rejected.getMessage());
        problems.write(request, response, HttpStatus.BAD_REQUEST, "problemDetail.requestRejected");
    }
}
