package id.verivali.bpmn;

import static id.verivali.bpmn.Changes.at;
import static id.verivali.bpmn.Changes.decide;
import static id.verivali.bpmn.HouseholdChange.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {RESOURCE, DEADLINES_RESOURCE})
class MinistryCycleTest extends ProcessTest {

    /** 85 of the model's 152 elements today (56%): the climb to the district, then either way into a cycle. */
    @RegisterExtension
    static final ProcessEngineCoverageExtension coverage = coverageAtLeast(0.54);

    private Changes changes;

    @BeforeEach
    void standInForTheApplication() {
        ClockUtil.setCurrentTime(at("2026-03-02T01:00:00Z"));
        changes = new Changes();
    }

    /** A change the district approves at the given moment. */
    private ProcessInstance approvedByTheDistrictAt(String moment) {
        var change = changes.waitingAt(Level.DISTRICT_APPROVAL);
        ClockUtil.setCurrentTime(at(moment));
        decide(change, Level.DISTRICT_APPROVAL, DECISION_APPROVE, null);
        return change;
    }

    @Test
    void a_change_approved_by_the_cut_off_joins_this_months_cycle() {
        // 23:00 on the 15th in Jakarta.
        var change = approvedByTheDistrictAt("2026-03-15T16:00:00Z");

        assertThat(change).isWaitingAtExactly(SUB_PROCESS_MINISTRY_DETERMINATION, TASK_MINISTRY_DETERMINATION);
        assertThat(change)
                .hasNotPassed(TIMER_WAIT_FOR_NEXT_CYCLE)
                .variables()
                .containsEntry(VAR_MINISTRY_CYCLE, "2026-03");
        assertThat(task(TASK_MINISTRY_DETERMINATION, change)).hasDueDate(at("2026-03-31T17:00:00Z"));
    }

    @Test
    void a_change_approved_after_the_cut_off_waits_for_next_months_cycle() {
        // 00:30 on the 16th in Jakarta.
        var change = approvedByTheDistrictAt("2026-03-15T17:30:00Z");

        assertThat(change).isWaitingAtExactly(TIMER_WAIT_FOR_NEXT_CYCLE);
        assertThat(change).variables().containsEntry(VAR_MINISTRY_CYCLE, "2026-04");
        assertThat(job(TIMER_WAIT_FOR_NEXT_CYCLE, change)).hasDueDate(at("2026-03-31T17:00:00Z"));

        ClockUtil.setCurrentTime(at("2026-03-31T17:00:01Z"));
        execute(job(TIMER_WAIT_FOR_NEXT_CYCLE, change));

        assertThat(change).isWaitingAtExactly(SUB_PROCESS_MINISTRY_DETERMINATION, TASK_MINISTRY_DETERMINATION);
        assertThat(task(TASK_MINISTRY_DETERMINATION, change)).hasDueDate(at("2026-04-30T17:00:00Z"));
    }

    @Test
    void a_change_the_ministry_returns_and_the_district_approves_again_after_the_cut_off_waits_for_the_next_cycle() {
        var change = approvedByTheDistrictAt("2026-03-10T01:00:00Z");
        assertThat(change).variables().containsEntry(VAR_MINISTRY_CYCLE, "2026-03");

        ClockUtil.setCurrentTime(at("2026-03-12T01:00:00Z"));
        decide(change, Level.MINISTRY_DETERMINATION, DECISION_RETURN, "NIK kepala keluarga tidak padan");
        assertThat(change).isWaitingAtExactly(SUB_PROCESS_DISTRICT_VERIFICATION, TASK_DISTRICT_VERIFICATION);
        decide(change, Level.DISTRICT_VERIFICATION, DECISION_APPROVE, null);
        // 08:00 on the 17th in Jakarta, past March's cut-off.
        ClockUtil.setCurrentTime(at("2026-03-17T01:00:00Z"));
        decide(change, Level.DISTRICT_APPROVAL, DECISION_APPROVE, null);

        assertThat(change).isWaitingAtExactly(TIMER_WAIT_FOR_NEXT_CYCLE);
        assertThat(change)
                .variables()
                .containsEntry(VAR_MINISTRY_CYCLE, "2026-04")
                .containsEntry(VAR_WITHDRAWABLE, false);
        assertThat(job(TIMER_WAIT_FOR_NEXT_CYCLE, change)).hasDueDate(at("2026-03-31T17:00:00Z"));

        ClockUtil.setCurrentTime(at("2026-03-31T17:00:01Z"));
        execute(job(TIMER_WAIT_FOR_NEXT_CYCLE, change));

        assertThat(change).isWaitingAtExactly(SUB_PROCESS_MINISTRY_DETERMINATION, TASK_MINISTRY_DETERMINATION);
        assertThat(task(TASK_MINISTRY_DETERMINATION, change)).hasDueDate(at("2026-04-30T17:00:00Z"));
    }

    @Test
    void a_change_waiting_for_the_next_cycle_can_no_longer_be_withdrawn() {
        var change = approvedByTheDistrictAt("2026-03-20T01:00:00Z");

        Assertions.assertThatThrownBy(() -> Changes.withdraw(change))
                .isInstanceOf(org.camunda.bpm.engine.MismatchingMessageCorrelationException.class);
        assertThat(change).isWaitingAtExactly(TIMER_WAIT_FOR_NEXT_CYCLE);
    }

    @Test
    void the_cut_off_day_is_configurable() {
        var change = changes.propose();
        runtimeService().setVariable(change.getId(), VAR_CYCLE_CUT_OFF_DAY, 20);
        changes.check(change, "MATCHED");
        for (var level = Level.FIELD_CHECK; level != Level.DISTRICT_APPROVAL; level = level.next()) {
            decide(change, level, DECISION_APPROVE, null);
        }

        ClockUtil.setCurrentTime(at("2026-03-18T01:00:00Z"));
        decide(change, Level.DISTRICT_APPROVAL, DECISION_APPROVE, null);

        assertThat(change)
                .isWaitingAt(TASK_MINISTRY_DETERMINATION)
                .variables()
                .containsEntry(VAR_MINISTRY_CYCLE, "2026-03");
    }

    @Test
    void a_decree_decides_every_change_of_its_cycle_and_no_other() {
        var march = java.util.List.of(
                approvedByTheDistrictAt("2026-03-10T01:00:00Z"),
                approvedByTheDistrictAt("2026-03-11T01:00:00Z"),
                approvedByTheDistrictAt("2026-03-12T01:00:00Z"));
        var april = approvedByTheDistrictAt("2026-03-20T01:00:00Z");
        ClockUtil.setCurrentTime(at("2026-03-31T17:00:01Z"));
        execute(job(TIMER_WAIT_FOR_NEXT_CYCLE, april));

        var decree =
                Map.<String, Object>of(VAR_DECISION, DECISION_APPROVE, VAR_DECISION_REFERENCE, "KEPMENSOS 79/HUK/2026");
        var marchTasks = taskService()
                .createTaskQuery()
                .taskDefinitionKey(TASK_MINISTRY_DETERMINATION)
                .processVariableValueEquals(VAR_MINISTRY_CYCLE, "2026-03")
                .list();
        Assertions.assertThat(marchTasks).hasSize(3);
        marchTasks.forEach(task -> taskService().complete(task.getId(), decree));
        march.forEach(change -> execute(job(TASK_APPLY_CHANGE, change)));

        march.forEach(change -> assertThat(change).hasPassed(END_APPROVED).isEnded());
        assertThat(april).isWaitingAt(TASK_MINISTRY_DETERMINATION);
        Assertions.assertThat(changes.applied).hasValue(3);
    }
}
