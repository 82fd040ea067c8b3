package id.verivali.bpmn;

import static id.verivali.bpmn.Changes.at;
import static id.verivali.bpmn.Changes.decide;
import static id.verivali.bpmn.Changes.withdraw;
import static id.verivali.bpmn.HouseholdChange.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@Deployment(resources = {RESOURCE, DEADLINES_RESOURCE})
class HouseholdChangeProcessTest extends ProcessTest {

    /** 101 of the model's 152 elements today (66%): every decision at every level, none of the timers. */
    @RegisterExtension
    static final ProcessEngineCoverageExtension coverage = coverageAtLeast(0.65);

    private Changes changes;

    @BeforeEach
    void standInForTheApplication() {
        // Before the 15th: a change the district approves joins this month's cycle at once.
        ClockUtil.setCurrentTime(at("2026-03-02T01:00:00Z"));
        changes = new Changes();
    }

    @Test
    void a_change_climbs_every_level_and_is_applied_to_the_registry() {
        var change = changes.propose();
        assertThat(change).isWaitingAt(START);

        execute(job());
        assertThat(change).isWaitingAt(TASK_CIVIL_REGISTRY_CHECK);
        assertThat(externalTask(change)).hasTopicName(TOPIC_CIVIL_REGISTRY_CHECK);
        complete(externalTask(change), withVariables(VAR_CIVIL_REGISTRY_RESULT, "MATCHED"));

        for (var level : Level.values()) {
            assertThat(change).isWaitingAt(level.task);
            assertThat(task(level.task, change)).hasCandidateGroup(level.candidateGroup);
            decide(change, level, DECISION_APPROVE, null);
        }

        assertThat(change).isWaitingAt(TASK_APPLY_CHANGE);
        execute(job());

        assertThat(change)
                .hasPassedInOrder(
                        START,
                        TASK_NIK_AND_REGION_CHECK,
                        TASK_CIVIL_REGISTRY_CHECK,
                        TASK_DUPLICATE_CHECK,
                        TASK_FIELD_CHECK,
                        TASK_VILLAGE_DELIBERATION,
                        TASK_SUBDISTRICT_PLENARY,
                        TASK_DISTRICT_VERIFICATION,
                        TASK_DISTRICT_APPROVAL,
                        TASK_ASSIGN_CYCLE,
                        TASK_MINISTRY_DETERMINATION,
                        TASK_APPLY_CHANGE,
                        END_APPROVED)
                .hasNotPassed(END_REJECTED, TIMER_WAIT_FOR_NEXT_CYCLE)
                .isEnded();
        Assertions.assertThat(changes.applied).hasValue(1);
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void a_rejection_at_any_level_ends_the_change_without_touching_the_registry(Level level) {
        var change = changes.waitingAt(level);

        decide(change, level, DECISION_REJECT, "Tidak memenuhi kriteria");

        assertThat(change)
                .hasPassed(level.task, END_REJECTED)
                .hasNotPassed(TASK_APPLY_CHANGE)
                .isEnded();
        assertThat(change).variables().containsEntry(VAR_DECISION_REASON, "Tidak memenuhi kriteria");
        Assertions.assertThat(changes.applied).hasValue(0);
    }

    @ParameterizedTest
    @EnumSource(
            value = Level.class,
            names = {"SUBDISTRICT_PLENARY", "DISTRICT_VERIFICATION", "DISTRICT_APPROVAL", "MINISTRY_DETERMINATION"})
    void a_return_sends_the_change_to_the_level_below_with_its_reason(Level level) {
        var change = changes.waitingAt(level);

        decide(change, level, DECISION_RETURN, "Foto rumah tidak jelas");

        var below = level.returnsTo();
        assertThat(change).isWaitingAtExactly(below.subProcess, below.task);
        assertThat(task(below.task, change)).hasCandidateGroup(below.candidateGroup);
        assertThat(change)
                .variables()
                .containsEntry(VAR_DECISION, DECISION_RETURN)
                .containsEntry(VAR_DECISION_REASON, "Foto rumah tidak jelas");

        // Revised and approved again from there, it reaches the level that returned it.
        for (var l = below; l != level; l = l.next()) {
            decide(change, l, DECISION_APPROVE, null);
        }
        assertThat(change).isWaitingAtExactly(level.subProcess, level.task);
    }

    @Test
    void the_village_deliberation_can_defer_a_change_to_its_next_meeting() {
        var change = changes.waitingAt(Level.VILLAGE_DELIBERATION);
        var firstDue = task(TASK_VILLAGE_DELIBERATION, change).getDueDate();

        ClockUtil.setCurrentTime(at("2026-03-20T01:00:00Z"));
        decide(change, Level.VILLAGE_DELIBERATION, DECISION_DEFER, null);

        assertThat(change).isWaitingAtExactly(SUB_PROCESS_VILLAGE_DELIBERATION, TASK_VILLAGE_DELIBERATION);
        assertThat(task(TASK_VILLAGE_DELIBERATION, change)).hasDueDate(at("2026-04-19T01:00:00Z"));
        Assertions.assertThat(firstDue).isEqualTo(at("2026-04-01T01:00:00Z"));
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void a_level_cannot_take_a_decision_it_does_not_allow(Level level) {
        var change = changes.waitingAt(level);
        var refused = new ArrayList<>(List.of(DECISION_APPROVE, DECISION_REJECT, DECISION_RETURN, DECISION_DEFER));
        refused.removeAll(level.decisions);
        for (var decision : refused) {
            assertThatThrownBy(() -> decide(change, level, decision, "alasan"))
                    .hasMessageContaining("No outgoing sequence flow");
            assertThat(change).isWaitingAtExactly(level.subProcess, level.task);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"MATCHED", "NOT_MATCHED", "DECEASED", "NIK_UNKNOWN"})
    void every_civil_registry_result_reaches_the_field_check_for_a_person_to_weigh(String result) {
        var change = changes.check(changes.propose(), result);

        assertThat(change).isWaitingAtExactly(SUB_PROCESS_FIELD_CHECK, TASK_FIELD_CHECK);
        assertThat(change).variables().containsEntry(VAR_CIVIL_REGISTRY_RESULT, result);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UNKNOWN_REGION", "INVALID_NIK", "INVALID_KK"})
    void a_change_that_fails_the_nik_or_region_check_ends_before_anyone_spends_time_on_it(String failure) {
        var change = changes.failingNikAndRegionCheck(failure).proposeChecked();

        assertThat(change)
                .hasPassed(END_REJECTED_BY_CHECKS)
                .hasNotPassed(TASK_FIELD_CHECK)
                .isEnded();
        assertThat(change).variables().containsEntry(VAR_CHECK_FAILURE, failure);
    }

    @Test
    void a_person_already_on_another_household_ends_the_change_as_a_duplicate() {
        var change = changes.findingDuplicates("DUPLICATE_NIK").proposeChecked();

        assertThat(change)
                .hasPassed(TASK_DUPLICATE_CHECK, END_REJECTED_BY_CHECKS)
                .isEnded();
        assertThat(change).variables().containsEntry(VAR_CHECK_FAILURE, "DUPLICATE_NIK");
    }

    @Test
    void a_failing_civil_registry_worker_is_retried_and_then_shows_an_incident() {
        var change = changes.propose();
        execute(job(change));
        var lock = externalTaskService()
                .fetchAndLock(1, "civil-registry-worker")
                .topic(TOPIC_CIVIL_REGISTRY_CHECK, 60_000)
                .execute()
                .get(0);

        externalTaskService().handleFailure(lock.getId(), "civil-registry-worker", "Dukcapil tidak menjawab", 1, 0);
        assertThat(change).isWaitingAt(TASK_CIVIL_REGISTRY_CHECK);
        Assertions.assertThat(runtimeService().createIncidentQuery().count()).isZero();

        var retry = externalTaskService()
                .fetchAndLock(1, "civil-registry-worker")
                .topic(TOPIC_CIVIL_REGISTRY_CHECK, 60_000)
                .execute()
                .get(0);
        externalTaskService().handleFailure(retry.getId(), "civil-registry-worker", "Dukcapil tidak menjawab", 0, 0);

        assertThat(change).isWaitingAt(TASK_CIVIL_REGISTRY_CHECK).isNotEnded();
        Assertions.assertThat(runtimeService()
                        .createIncidentQuery()
                        .processInstanceId(change.getId())
                        .singleResult()
                        .getIncidentMessage())
                .isEqualTo("Dukcapil tidak menjawab");
    }

    @Test
    void a_failing_apply_is_retried_and_then_shows_an_incident_instead_of_losing_the_decision() {
        var change = changes.failingToApply(new IllegalStateException("registry locked"))
                .waitingAt(Level.MINISTRY_DETERMINATION);
        decide(change, Level.MINISTRY_DETERMINATION, DECISION_APPROVE, null);

        for (int attempt = 0; attempt < 5; attempt++) {
            var apply = job(TASK_APPLY_CHANGE, change);
            assertThatThrownBy(() -> execute(apply)).hasMessageContaining("registry locked");
        }
        Assertions.assertThat(job(TASK_APPLY_CHANGE, change).getRetries()).isZero();
        Assertions.assertThat(runtimeService()
                        .createIncidentQuery()
                        .processInstanceId(change.getId())
                        .count())
                .isOne();
        assertThat(change).isWaitingAt(TASK_APPLY_CHANGE).hasPassed(TASK_MINISTRY_DETERMINATION);
    }

    @ParameterizedTest
    @EnumSource(
            value = Level.class,
            names = {
                "FIELD_CHECK",
                "VILLAGE_DELIBERATION",
                "SUBDISTRICT_PLENARY",
                "DISTRICT_VERIFICATION",
                "DISTRICT_APPROVAL"
            })
    void the_proposer_can_withdraw_until_the_district_approves(Level level) {
        var change = changes.waitingAt(level);

        withdraw(change);

        assertThat(change).hasPassed(START_WITHDRAWAL, END_WITHDRAWN).isEnded();
        Assertions.assertThat(taskService().createTaskQuery().count()).isZero();
    }

    @Test
    void the_proposer_can_withdraw_while_the_checks_are_running() {
        var change = changes.propose();
        execute(job(change));
        assertThat(change).isWaitingAt(TASK_CIVIL_REGISTRY_CHECK);

        withdraw(change);

        assertThat(change).hasPassed(END_WITHDRAWN).isEnded();
        Assertions.assertThat(externalTaskService().createExternalTaskQuery().count())
                .isZero();
    }

    @Test
    void a_withdrawal_is_refused_once_the_district_has_approved() {
        var change = changes.waitingAt(Level.MINISTRY_DETERMINATION);

        assertThatThrownBy(() -> withdraw(change)).isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(change).isWaitingAtExactly(SUB_PROCESS_MINISTRY_DETERMINATION, TASK_MINISTRY_DETERMINATION);
    }

    @Test
    void a_change_the_ministry_returns_to_the_district_can_be_withdrawn_again() {
        var change = changes.waitingAt(Level.MINISTRY_DETERMINATION);
        decide(change, Level.MINISTRY_DETERMINATION, DECISION_RETURN, "NIK kepala keluarga tidak padan");

        withdraw(change);

        assertThat(change).hasPassed(END_WITHDRAWN).isEnded();
    }
}
