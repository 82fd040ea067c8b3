package id.verivali.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What the answer to one external-task topic must hold before the process moves on. {@link ExternalTaskAnswers}
 * checks it whoever completes the task (the embedded worker or a client through Camunda's REST API); a topic without
 * one cannot be completed at all.
 */
interface TopicAnswer {

    String topic();

    /**
     * Looks at the variables the completion set on the process.
     *
     * @throws ExternalTaskAnswerRefused naming what is missing or wrong; the completion is rolled back and the task
     *     stays locked to its worker
     */
    void check(DelegateExecution execution);
}
