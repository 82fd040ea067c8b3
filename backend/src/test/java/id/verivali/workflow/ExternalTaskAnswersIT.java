package id.verivali.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.verivali.support.IntegrationTest;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A model with an external task of a topic that has no answer rule: nobody can complete it, so nothing slips by. */
@IntegrationTest
class ExternalTaskAnswersIT {

    private static final String TOPIC = "tax-office-check";

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ExternalTaskService externalTasks;

    private String deployment;

    @BeforeEach
    void deployAModelWithAnUnknownTopic() {
        var model = Bpmn.createExecutableProcess("answerProbe")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("Task_TaxOfficeCheck")
                .camundaExternalTask(TOPIC)
                .endEvent("End_Answered")
                .done();
        deployment = repository
                .createDeployment()
                .addModelInstance("answer-probe.bpmn", model)
                .deploy()
                .getId();
    }

    @AfterEach
    void removeIt() {
        repository.deleteDeployment(deployment, true);
    }

    @Test
    void a_topic_without_an_answer_rule_cannot_be_completed_and_its_task_stays_open() {
        var instance = runtime.startProcessInstanceByKey("answerProbe");
        var locked = externalTasks.fetchAndLock(1, "probe").topic(TOPIC, 60_000).execute();
        assertThat(locked).hasSize(1);

        assertThatThrownBy(() -> externalTasks.complete(locked.get(0).getId(), "probe", Map.of("answer", "yes")))
                .isInstanceOf(ExternalTaskAnswerRefused.class)
                .hasMessageContaining(TOPIC);

        assertThat(externalTasks
                        .createExternalTaskQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .isOne();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .isOne();
    }
}
