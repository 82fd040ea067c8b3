package id.verivali.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Writes a problem detail straight to the response, in the caller's language, for refusals made before or outside
 * Spring MVC (the security filters, the firewall, the error page, Tomcat itself), so that they read like every other
 * API error.
 */
@Component
public class ProblemWriter {

    private final ObjectMapper json;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ProblemWriter(ObjectMapper json, MessageSource messages, LocaleResolver locales) {
        this.json = json;
        this.messages = messages;
        this.locales = locales;
    }

    /** The problem of {@code status} whose detail is the message {@code detailCode} (with its arguments, if any). */
    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatusCode status,
            String detailCode,
            Object... arguments)
            throws IOException {
        String body = body(request, status, detailCode, arguments);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }

    /** The same problem as JSON, for a writer that sets the response's status and type itself. */
    String body(HttpServletRequest request, HttpStatusCode status, String detailCode, Object... arguments)
            throws JsonProcessingException {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage(detailCode, arguments.length == 0 ? null : arguments, locale));
        problem.setTitle(ProblemTitles.of(messages, status, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return json.writeValueAsString(problem);
    }
}
