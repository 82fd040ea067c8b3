package id.verivali.changerequest;

import id.verivali.common.web.FieldProblem;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request refused because of one input, with a status other than 400: the problem names the input in
 * {@code errors: [{field, message}]}, its message the same as the detail, in the caller's language.
 */
class FieldRefusedException extends ErrorResponseException {

    private final String field;

    /**
     * @param field the input as the caller sent it: a JSON field ({@code householdId}) or a header
     *     ({@code Idempotency-Key})
     * @param messageCode the key of the message in {@code messages.properties}
     */
    FieldRefusedException(HttpStatusCode status, String field, String messageCode, Object... messageArguments) {
        super(status, ProblemDetail.forStatus(status), null, messageCode, messageArguments);
        this.field = field;
    }

    @Override
    public ProblemDetail updateAndGetBody(MessageSource messages, Locale locale) {
        ProblemDetail body = super.updateAndGetBody(messages, locale);
        body.setProperty("errors", List.of(new FieldProblem(field, body.getDetail())));
        return body;
    }
}
