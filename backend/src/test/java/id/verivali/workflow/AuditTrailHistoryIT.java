package id.verivali.workflow;

import static id.verivali.bpmn.HouseholdChange.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.verivali.changerequest.Stage;
import id.verivali.household.RemovalReason;
import id.verivali.support.IntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The engine's history at Verivali's level: what the replay reads is kept, the value-by-value log of other variables,
 * the stages' scheduling variables and the timers scheduled and cancelled are not. The replay's own tests
 * (HistoryApiIT) show the auditor sees every decision, task, timer fired and flow taken from what is kept.
 */
@IntegrationTest
@Import(ChangeDriver.class)
class AuditTrailHistoryIT {

    @Autowired
    ChangeDriver driver;

    @Autowired
    HistoryService history;

    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Test
    void a_change_two_stages_on_keeps_its_decisions_tasks_and_jobs_and_not_the_rows_nobody_reads() {
        assertThat(engine.getHistoryLevel()).isInstanceOf(AuditTrailHistoryLevel.class);
        var change = driver.approveUpTo(
                driver.check(driver.proposeRemoval(driver.untouchedHousehold(), RemovalReason.MOVED)),
                Stage.SUBDISTRICT_PLENARY);
        var instance = change.processInstanceId();

        assertThat(history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list().stream()
                        .map(detail -> ((HistoricVariableUpdate) detail).getVariableName()))
                .as("each of the two decisions, field by field")
                .hasSize(2 * TaskDecision.VARIABLES.size())
                .containsOnlyElementsOf(TaskDecision.VARIABLES);
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(instance)
                        .list())
                .extracting(HistoricVariableInstance::getName)
                .contains(VAR_CHANGE_TYPE, VAR_VILLAGE_CODE, VAR_DECISION, VAR_WITHDRAWABLE)
                .doesNotContain(VAR_DUE_DATE, VAR_REMIND_AT, VAR_OVERDUE);
        assertThat(history.createHistoricTaskInstanceQuery()
                        .processInstanceId(instance)
                        .finished()
                        .list())
                .extracting(HistoricTaskInstance::getTaskDefinitionKey, task -> task.getDueDate() != null)
                .containsExactlyInAnyOrder(tuple(TASK_FIELD_CHECK, true), tuple(TASK_VILLAGE_DELIBERATION, true));

        var jobs =
                history.createHistoricJobLogQuery().processInstanceId(instance).list();
        assertThat(jobs)
                .as("the asynchronous start, scheduled and done")
                .anyMatch(job -> job.isCreationLog() && !isTimer(job))
                .anyMatch(job -> job.isSuccessLog() && !isTimer(job));
        assertThat(jobs)
                .as("the stages' timers, scheduled and cancelled without firing")
                .noneMatch(AuditTrailHistoryIT::isTimer);
    }

    private static boolean isTimer(HistoricJobLog job) {
        return job.getJobDefinitionType() != null && job.getJobDefinitionType().startsWith("timer");
    }
}
