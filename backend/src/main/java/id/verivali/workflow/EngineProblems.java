package id.verivali.workflow;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.verivali.common.web.ProblemTitles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Every error of Camunda's REST API as an RFC 9457 problem detail, titled in the caller's language as the registry's
 * API is, with the status Camunda's own mappers give. A server error says only that something went wrong: what
 * failed (exception classes, SQL, the process's activity ids) stays in the server's log. A request error keeps
 * Camunda's explanation, which tells an integrator what to send instead, without Java class names.
 */
final class EngineProblems {

    static final String PROBLEM_JSON = "application/problem+json;charset=UTF-8";

    private static final Logger log = LoggerFactory.getLogger(EngineProblems.class);

    /**
     * A fully qualified class name ({@code org.camunda.bpm.engine.exception.NullValueException}), with the colon that
     * follows an exception's name when a message quotes its cause.
     */
    private static final Pattern QUALIFIED_NAME =
            Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}([A-Z][\\w$]*)(:\\s*)?");

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ObjectMapper json;

    EngineProblems(MessageSource messages, LocaleResolver locales, ObjectMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    Response answer(Throwable thrown, HttpServletRequest request) {
        Throwable failure = statusOf(thrown) >= 500 ? refusalWithin(thrown) : thrown;
        int status = statusOf(failure);
        Locale locale = locales.resolveLocale(request);
        String detail;
        if (status >= 500) {
            log.error("{} {} failed", request.getMethod(), request.getRequestURI(), failure);
            detail = message("problemDetail.unexpected", locale);
        } else {
            log.debug("{} {} refused", request.getMethod(), request.getRequestURI(), failure);
            detail = detailOf(failure, request, locale);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        problem.setTitle(title(status, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        // Jersey's answer keeps its headers, such as a 405's Allow.
        var answer = failure instanceof WebApplicationException refused
                ? Response.fromResponse(refused.getResponse())
                : Response.status(status);
        return answer.type(PROBLEM_JSON).entity(write(problem)).build();
    }

    /**
     * A refusal of the request found under a server error: Camunda wraps what a listener throws, such as a decision
     * the change refuses or an external task's answer its topic does not accept, in errors it would answer with 500.
     */
    static Throwable refusalWithin(Throwable failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof BadUserRequestException refusal) {
                return refusal;
            }
        }
        return failure;
    }

    /** As Camunda's ExceptionHandlerHelper and its JSON mappers decide. */
    static int statusOf(Throwable failure) {
        if (failure instanceof JsonParseException || failure instanceof JsonMappingException) {
            return HttpStatus.BAD_REQUEST.value();
        }
        if (failure instanceof WebApplicationException refused) {
            return refused.getResponse().getStatus();
        }
        return ExceptionHandlerHelper.getInstance().getStatus(failure).getStatusCode();
    }

    /**
     * Camunda's message without class names: a quoted exception's name goes with its colon, any other class keeps
     * its simple name ({@code Integer}).
     */
    static String withoutClassNames(String message) {
        Matcher name = QUALIFIED_NAME.matcher(message);
        var text = new StringBuilder();
        while (name.find()) {
            String simpleName = name.group(1);
            boolean exception = simpleName.endsWith("Exception") || simpleName.endsWith("Error");
            name.appendReplacement(
                    text, exception ? "" : Matcher.quoteReplacement(simpleName + nullToEmpty(name.group(2))));
        }
        name.appendTail(text);
        return text.toString().replaceAll(" {2,}", " ").strip();
    }

    private String detailOf(Throwable failure, HttpServletRequest request, Locale locale) {
        if (failure instanceof JsonParseException unreadable) {
            return malformed(unreadable, locale);
        }
        if (failure instanceof JsonMappingException unmappable) {
            JsonParseException unreadable = parseFailureIn(unmappable);
            if (unreadable != null) {
                return malformed(unreadable, locale);
            }
            return unmappable.getPath().isEmpty()
                    ? message("problemDetail.unreadableBody", locale)
                    : messages.getMessage(
                            "engine.problem.invalidValue", new Object[] {jsonPath(unmappable.getPath())}, locale);
        }
        if (failure instanceof NotFoundException) {
            return messages.getMessage("engine.problem.notFound", new Object[] {request.getRequestURI()}, locale);
        }
        if (failure instanceof NotAllowedException) {
            return messages.getMessage("engine.problem.methodNotAllowed", new Object[] {request.getMethod()}, locale);
        }
        if (failure instanceof NotSupportedException) {
            return messages.getMessage(
                    "engine.problem.unsupportedMediaType", new Object[] {request.getContentType()}, locale);
        }
        if (failure instanceof NotAcceptableException) {
            return message("engine.problem.notAcceptable", locale);
        }
        String explanation = failure.getMessage() == null ? "" : withoutClassNames(failure.getMessage());
        return explanation.isEmpty() ? title(statusOf(failure), locale) : explanation;
    }

    /** Jackson reports broken JSON inside an object or array as a mapping failure caused by it. */
    private static JsonParseException parseFailureIn(JsonMappingException failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException unreadable) {
                return unreadable;
            }
        }
        return null;
    }

    /** Where Jackson stopped reading, as the registry's API says it. */
    private String malformed(JsonProcessingException unreadable, Locale locale) {
        JsonLocation where = unreadable.getLocation();
        if (where == null || where.getLineNr() < 1) {
            return message("problemDetail.unreadableBody", locale);
        }
        // As text: MessageFormat would print line 1234 as 1.234.
        return messages.getMessage(
                "problemDetail.body.malformedAt",
                new Object[] {String.valueOf(where.getLineNr()), String.valueOf(where.getColumnNr())},
                locale);
    }

    private String title(int status, Locale locale) {
        return ProblemTitles.of(messages, HttpStatusCode.valueOf(status), locale);
    }

    private String message(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }

    private String write(ProblemDetail problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A problem detail is always JSON", impossible);
        }
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        return path.stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
