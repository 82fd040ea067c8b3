package id.verivali.security;

import id.verivali.common.web.DatabaseUnavailable;
import id.verivali.common.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * 401, 403 and 429 from the security filters, 503 when the account cannot be looked up for want of the database, and
 * the 503 of {@link ReadinessGate}, as problem details in the caller's
 * language like every other API error. No {@code WWW-Authenticate} challenge: browsers would pop up their own login
 * box.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemWriter problems;

    ProblemResponses(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException authException)
            throws IOException {
        if (authException instanceof LoginThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            write(request, response, HttpStatus.TOO_MANY_REQUESTS, throttled.messageCode());
            return;
        }
        if (DatabaseUnavailable.causedBy(authException)) {
            // The account could not be looked up: not a wrong password, and nothing the caller should retype.
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
            write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "problemDetail.databaseUnavailable");
            return;
        }
        write(request, response, HttpStatus.UNAUTHORIZED, "problemDetail.unauthenticated");
    }

    @Override
    public void handle(
            HttpServletRequest request, HttpServletResponse response, AccessDeniedException accessDeniedException)
            throws IOException {
        String code = accessDeniedException instanceof CsrfException ? "problemDetail.csrf" : "problemDetail.forbidden";
        write(request, response, HttpStatus.FORBIDDEN, code);
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
            throws IOException {
        problems.write(request, response, status, code);
    }
}
