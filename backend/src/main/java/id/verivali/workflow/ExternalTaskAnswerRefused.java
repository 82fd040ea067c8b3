package id.verivali.workflow;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * An external task's completion whose answer its topic does not accept. A bad request to the engine: Camunda's REST
 * API answers 400 with this message, and the embedded worker's retries and incident take it like any failure.
 */
class ExternalTaskAnswerRefused extends BadUserRequestException {

    ExternalTaskAnswerRefused(String topic, String problem) {
        super("The answer to the " + topic + " task is refused: " + problem);
    }
}
