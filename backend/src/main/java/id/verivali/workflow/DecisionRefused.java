package id.verivali.workflow;

import id.verivali.common.web.InvalidFieldException;
import java.util.Locale;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.context.MessageSource;

/**
 * A task's completion whose decision the change refuses (a decision the stage does not offer, a missing reason, a
 * variable that is not text). A bad request to the engine: Camunda's REST API answers 400 with this message. The
 * refusal itself is the cause, which the inbox and deliberations pass on as it was.
 */
class DecisionRefused extends BadUserRequestException {

    DecisionRefused(InvalidFieldException refusal, MessageSource messages) {
        super(
                "The decision is refused: " + refusal.field() + ": "
                        + messages.getMessage(
                                refusal.messageCode(),
                                refusal.messageArguments(),
                                refusal.messageCode(),
                                Locale.ENGLISH),
                refusal);
    }
}
