package id.verivali.common.web;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request that would go through, but on something its sender should see first (a household with a change already
 * under way, a minutes number used before): 409 with {@code warnings: [{code, message}]}, each message in the caller's
 * language. Nothing is changed; the same request with the codes in {@code confirmedWarnings} goes ahead.
 */
public class ConfirmationRequiredException extends ErrorResponseException {

    /**
     * One thing to confirm: its code, and the message saying what it is.
     *
     * @param arguments the message's arguments: text, or a {@link org.springframework.context.MessageSourceResolvable}
     *     to be said in the caller's language too
     */
    public record Warning(String code, String messageCode, Object... arguments) {}

    /** A warning as the problem carries it. */
    public record ProblemWarning(String code, String message) {}

    private final List<Warning> warnings;

    private ConfirmationRequiredException(List<Warning> warnings) {
        super(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), null, "problemDetail.confirm", null);
        this.warnings = warnings;
    }

    /**
     * Refuses the request when a warning is left that its sender has not confirmed.
     *
     * @param confirmed the codes the request confirms; null for none
     */
    public static void unlessConfirmed(List<Warning> warnings, Collection<String> confirmed) {
        var open = warnings.stream()
                .filter(warning -> confirmed == null || !confirmed.contains(warning.code()))
                .toList();
        if (!open.isEmpty()) {
            throw new ConfirmationRequiredException(open);
        }
    }

    public List<Warning> warnings() {
        return warnings;
    }

    @Override
    public ProblemDetail updateAndGetBody(MessageSource messages, Locale locale) {
        ProblemDetail body = super.updateAndGetBody(messages, locale);
        body.setProperty(
                "warnings",
                warnings.stream()
                        .map(warning -> new ProblemWarning(
                                warning.code(),
                                messages.getMessage(warning.messageCode(), warning.arguments(), locale)))
                        .toList());
        return body;
    }
}
