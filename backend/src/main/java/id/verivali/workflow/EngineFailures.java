package id.verivali.workflow;

import org.camunda.bpm.engine.ProcessEngineException;

/** Camunda wraps what a listener throws; the application's own refusals are worth passing on as they were. */
final class EngineFailures {

    static RuntimeException unwrapped(ProcessEngineException failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RuntimeException own && !(cause instanceof ProcessEngineException)) {
                return own;
            }
        }
        return failure;
    }

    private EngineFailures() {}
}
