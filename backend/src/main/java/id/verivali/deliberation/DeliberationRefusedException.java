package id.verivali.deliberation;

import id.verivali.common.web.FieldProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A deliberation refused as a whole: 400 listing every bad field and every bad item at once, in
 * {@code errors: [{field, message}]} ({@code decisions[3].reason}), so that the chair corrects the list in one go.
 * Nothing of it is recorded and no task is completed.
 */
class DeliberationRefusedException extends ErrorResponseException {

    private static final Pattern ITEM = Pattern.compile("^decisions\\[(\\d+)]");

    /** One refused input: a message key and its arguments, or a message already in the caller's language. */
    record Refusal(String field, String messageCode, Object[] arguments, String message) {

        static Refusal of(String field, String messageCode, Object... arguments) {
            return new Refusal(field, messageCode, arguments, null);
        }

        static Refusal resolved(String field, String message) {
            return new Refusal(field, null, null, message);
        }

        /** The item the field belongs to, or -1 for the deliberation's own fields, which come first. */
        int item() {
            var matcher = ITEM.matcher(field);
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
        }
    }

    private final transient List<Refusal> refusals;

    DeliberationRefusedException(List<Refusal> refusals) {
        super(
                HttpStatus.BAD_REQUEST,
                ProblemDetail.forStatus(HttpStatus.BAD_REQUEST),
                null,
                "problemDetail.invalidInput",
                null);
        var ordered = new ArrayList<>(refusals);
        ordered.sort(Comparator.comparingInt(Refusal::item).thenComparing(Refusal::field));
        this.refusals = List.copyOf(ordered);
    }

    List<String> fields() {
        return refusals.stream().map(Refusal::field).toList();
    }

    @Override
    public ProblemDetail updateAndGetBody(MessageSource messages, Locale locale) {
        ProblemDetail body = super.updateAndGetBody(messages, locale);
        body.setProperty(
                "errors",
                refusals.stream()
                        .map(refusal -> new FieldProblem(
                                refusal.field(),
                                refusal.message() != null || messages == null
                                        ? refusal.message()
                                        : messages.getMessage(refusal.messageCode(), refusal.arguments(), locale)))
                        .toList());
        return body;
    }

    @Override
    public String getMessage() {
        return "Deliberation refused: " + String.join(", ", fields());
    }
}
