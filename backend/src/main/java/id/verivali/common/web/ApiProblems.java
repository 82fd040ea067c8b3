package id.verivali.common.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error the API answers is an RFC 9457 problem detail in the caller's language ({@code Accept-Language}, Bahasa
 * Indonesia by default); bad input names each field in {@code errors: [{field, message}]}. A body that cannot be read
 * at all is named {@value #BODY}, or by its part's name in a multipart form ({@code deliberation}). Stack traces and
 * SQL never leave the server.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    /** The field name of a whole JSON request body, for errors that no field inside it can carry. */
    static final String BODY = "body";

    /** The header named when a body's type is not one the endpoint reads. */
    static final String CONTENT_TYPE = HttpHeaders.CONTENT_TYPE;

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;
    private final ObjectProvider<RequestMappingHandlerMapping> handlers;

    ApiProblems(
            MessageSource messages,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlers) {
        this.messages = messages;
        this.handlers = handlers;
        setMessageSource(messages);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ex.updateAndGetBody(messages, locale());
        problem.setDetail(message("problemDetail.invalidInput"));
        List<FieldProblem> errors = ex.getBindingResult().getAllErrors().stream()
                .map(error -> new FieldProblem(
                        error instanceof FieldError field ? field.getField() : error.getObjectName(),
                        messages.getMessage(error, locale())))
                .toList();
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message("problemDetail.invalidInput"));
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(fieldOf(result, error), messages.getMessage(error, locale()))))
                .toList();
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return fieldProblem(ex, ex.getParameterName(), message("problemDetail.field.required"), headers, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
        return fieldProblem(ex, ex.getName(), message("problemDetail.field.typeMismatch"), new HttpHeaders(), request);
    }

    /**
     * A value of the wrong type is named at its field; a body that is missing, of the wrong shape or not JSON at all
     * is named as the body (or its part), with the line and column where Jackson stopped reading.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getCause();
        List<JsonMappingException.Reference> path =
                cause instanceof JsonMappingException mapping ? mapping.getPath() : List.of();
        boolean wrongType = cause instanceof MismatchedInputException && !isTrailingToken(cause);
        if (wrongType && !path.isEmpty()) {
            return fieldProblem(ex, jsonPath(path), message("problemDetail.field.typeMismatch"), headers, request);
        }
        // Jackson reports a number too big for its field by the parser's exception, wrapped with the field's path.
        if (!path.isEmpty() && cause.getCause() instanceof InputCoercionException) {
            return fieldProblem(ex, jsonPath(path), message("problemDetail.field.numberOutOfRange"), headers, request);
        }
        String field = path.isEmpty() ? bodyName(ex.getHttpInputMessage()) : jsonPath(path);
        String text = wrongType ? message("problemDetail.field.typeMismatch") : unreadable(cause);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message("problemDetail.unreadableBody"));
        problem.setProperty("errors", List.of(new FieldProblem(field, text)));
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /**
     * A body of a type the endpoint does not read (a JSON endpoint reads {@code application/json} only, see
     * {@link StrictJsonConfig}): named at the {@value #CONTENT_TYPE} header, with the types it does read.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ex.updateAndGetBody(messages, locale());
        String accepted = ex.getSupportedMediaTypes().stream()
                .filter(type -> !type.isWildcardSubtype())
                .map(MediaType::toString)
                .distinct()
                .collect(Collectors.joining(", "));
        if (!accepted.isEmpty()) {
            problem.setProperty(
                    "errors",
                    List.of(new FieldProblem(
                            CONTENT_TYPE,
                            messages.getMessage(
                                    "problemDetail.contentType.expected", new Object[] {accepted}, locale()))));
        }
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /**
     * A file over the multipart limits (spring.servlet.multipart), refused before any handler reads it: 413, naming
     * the endpoint's file field with the words a file over {@code DocumentStore}'s 10 MB gets, since every upload is
     * a document kept there.
     */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ex.updateAndGetBody(messages, locale());
        fileFieldOf(request)
                .ifPresent(field ->
                        problem.setProperty("errors", List.of(new FieldProblem(field, message("document.tooLarge")))));
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /** A multipart form that cannot be parsed (cut short, no boundary): the client's fault, not the server's. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(MultipartException ex, WebRequest request) {
        log.debug("Unreadable multipart request on {}", request.getDescription(false), ex);
        String text = message("problemDetail.unreadableMultipart");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text);
        problem.setProperty("errors", List.of(new FieldProblem(BODY, text)));
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> invalidField(InvalidFieldException ex, WebRequest request) {
        String text = messages.getMessage(ex.messageCode(), ex.messageArguments(), locale());
        return fieldProblem(ex, ex.field(), text, new HttpHeaders(), request);
    }

    /** Bean Validation run by a service rather than by {@code @Valid}: the messages are already in the caller's language. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, WebRequest request) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message("problemDetail.invalidInput"));
        List<FieldProblem> errors = ex.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException ex, WebRequest request) {
        if (DatabaseUnavailable.causedBy(ex)) {
            return databaseUnavailable(ex, request);
        }
        String code =
                ex instanceof DisabledException ? "problemDetail.accountDisabled" : "problemDetail.badCredentials";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, message(code));
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.UNAUTHORIZED, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException ex, WebRequest request) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, message("problemDetail.forbidden"));
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.FORBIDDEN, request);
    }

    /** Optimistic version clashes, and lock waits that time out or deadlock: someone else changed it first. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<Object> concurrentEdit(ConcurrencyFailureException ex, WebRequest request) {
        if (DatabaseUnavailable.causedBy(ex)) {
            return databaseUnavailable(ex, request);
        }
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message("problemDetail.concurrentEdit"));
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        if (DatabaseUnavailable.causedBy(ex)) {
            return databaseUnavailable(ex, request);
        }
        log.error("Unexpected error on {}", request.getDescription(false), ex);
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, message("problemDetail.unexpected"));
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    /**
     * The database could not be reached: nothing was done, and the client may try again shortly. Logged without its
     * stack, once per request, since an outage refuses many requests alike.
     */
    private ResponseEntity<Object> databaseUnavailable(Exception ex, WebRequest request) {
        log.warn("Database unavailable on {}: {}", request.getDescription(false), ex.toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, message("problemDetail.databaseUnavailable"));
        var headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body == null && ex instanceof ErrorResponse response) {
            body = response.updateAndGetBody(messages, locale());
        }
        if (body instanceof ProblemDetail problem) {
            problem.setTitle(titleOf(status));
        }
        return super.handleExceptionInternal(ex, body, headers, status, request);
    }

    private ResponseEntity<Object> fieldProblem(
            Exception ex, String field, String text, HttpHeaders headers, WebRequest request) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message("problemDetail.invalidInput"));
        problem.setProperty("errors", List.of(new FieldProblem(field, text)));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private String titleOf(HttpStatusCode status) {
        return ProblemTitles.of(messages, status, locale());
    }

    /**
     * What is wrong with an unreadable body: missing (Spring then gives no cause), not JSON from a point on, or more
     * than the one JSON value from a point on.
     */
    private String unreadable(Throwable cause) {
        if (cause == null) {
            return message("problemDetail.field.required");
        }
        JsonLocation where = cause instanceof JsonProcessingException json ? json.getLocation() : null;
        if (where == null || where.getLineNr() < 1) {
            return message("problemDetail.unreadableBody");
        }
        // As text: MessageFormat would print line 1234 as 1.234.
        return messages.getMessage(
                isTrailingToken(cause) ? "problemDetail.body.trailingTokens" : "problemDetail.body.malformedAt",
                new Object[] {String.valueOf(where.getLineNr()), String.valueOf(where.getColumnNr())},
                locale());
    }

    /**
     * Something after the body's JSON value (DeserializationFeature.FAIL_ON_TRAILING_TOKENS). Jackson has no exception
     * type of its own for it, only these words.
     */
    private static boolean isTrailingToken(Throwable cause) {
        return cause instanceof MismatchedInputException mismatch
                && String.valueOf(mismatch.getOriginalMessage()).startsWith("Trailing token");
    }

    /** A multipart part by its name in the form; a whole request body as {@value #BODY}. */
    private static String bodyName(HttpInputMessage input) {
        String disposition = input == null ? null : input.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        if (disposition != null) {
            String name = ContentDisposition.parse(disposition).getName();
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return BODY;
    }

    /**
     * The file field of the endpoint a request was for, when it takes exactly one file. Spring refuses an oversize
     * upload before it looks the endpoint up, so it is looked up here.
     */
    private Optional<String> fileFieldOf(WebRequest request) {
        RequestMappingHandlerMapping mapping = handlers.getIfAvailable();
        if (mapping == null || !(request instanceof ServletWebRequest servlet)) {
            return Optional.empty();
        }
        HandlerExecutionChain chain;
        try {
            chain = mapping.getHandler(servlet.getRequest());
        } catch (Exception noEndpoint) {
            return Optional.empty();
        }
        if (chain == null || !(chain.getHandler() instanceof HandlerMethod endpoint)) {
            return Optional.empty();
        }
        List<String> files = Arrays.stream(endpoint.getMethodParameters())
                .filter(parameter -> MultipartFile.class.isAssignableFrom(parameter.getParameterType()))
                .map(ApiProblems::partName)
                .toList();
        return files.size() == 1 ? Optional.of(files.get(0)) : Optional.empty();
    }

    private static String partName(MethodParameter parameter) {
        RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
        return part != null && !part.name().isEmpty() ? part.name() : parameter.getParameterName();
    }

    /**
     * A field of a request body by its own name: Spring validates the body with the method's other parameters (and
     * reports it this way) when one of them carries a constraint, as {@code @RegionCode} on a path variable. Any other
     * parameter by its name.
     */
    private static String fieldOf(ParameterValidationResult result, MessageSourceResolvable error) {
        return error instanceof FieldError field
                ? field.getField()
                : result.getMethodParameter().getParameterName();
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        return path.stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private String message(String code) {
        return messages.getMessage(code, null, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
