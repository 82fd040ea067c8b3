package id.verivali.bpmn;

import static id.verivali.bpmn.HouseholdChange.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = RESOURCE)
class HouseholdChangeProcessTest {

    private ProcessInstance propose() {
        return runtimeService()
                .startProcessInstanceByKey(
                        PROCESS_KEY,
                        "CR-6112-2026-000001",
                        Map.of(
                                VAR_VILLAGE_CODE, "61.12.04.2002",
                                VAR_SUBDISTRICT_CODE, "61.12.04",
                                VAR_DISTRICT_CODE, "61.12"));
    }

    @Test
    void a_change_passes_every_level_from_the_village_to_the_ministry() {
        var change = propose();

        assertThat(change).isWaitingAt(TASK_FIELD_CHECK);
        assertThat(task()).hasCandidateGroup("VILLAGE_OPERATOR:61.12.04.2002");
        complete(task());

        assertThat(change).isWaitingAt(TASK_VILLAGE_DELIBERATION);
        assertThat(task()).hasCandidateGroup("VILLAGE_HEAD:61.12.04.2002");
        complete(task());

        assertThat(change).isWaitingAt(TASK_SUBDISTRICT_PLENARY);
        assertThat(task()).hasCandidateGroup("SUBDISTRICT_HEAD:61.12.04");
        complete(task());

        assertThat(change).isWaitingAt(TASK_DISTRICT_VERIFICATION);
        assertThat(task()).hasCandidateGroup("DISTRICT_OPERATOR:61.12");
        complete(task());

        assertThat(change).isWaitingAt(TASK_DISTRICT_APPROVAL);
        assertThat(task()).hasCandidateGroup("DISTRICT_HEAD:61.12");
        complete(task());

        assertThat(change).isWaitingAt(TASK_MINISTRY_DETERMINATION);
        assertThat(task()).hasCandidateGroup("MINISTRY_OFFICER");
        complete(task());

        assertThat(change)
                .hasPassedInOrder(
                        START,
                        TASK_FIELD_CHECK,
                        TASK_VILLAGE_DELIBERATION,
                        TASK_SUBDISTRICT_PLENARY,
                        TASK_DISTRICT_VERIFICATION,
                        TASK_DISTRICT_APPROVAL,
                        TASK_MINISTRY_DETERMINATION,
                        END_APPROVED)
                .isEnded();
    }
}
