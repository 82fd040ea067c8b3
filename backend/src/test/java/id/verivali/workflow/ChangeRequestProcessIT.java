package id.verivali.workflow;

import static id.verivali.bpmn.HouseholdChange.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.verivali.changerequest.ChangeNotWithdrawableException;
import id.verivali.changerequest.ChangeStatus;
import id.verivali.changerequest.Decision;
import id.verivali.changerequest.DecisionView;
import id.verivali.changerequest.InvalidDecisionException;
import id.verivali.changerequest.Stage;
import id.verivali.household.RemovalReason;
import id.verivali.support.IntegrationTest;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@IntegrationTest
@Import(ChangeDriver.class)
class ChangeRequestProcessIT {

    @Autowired
    ChangeDriver driver;

    @Autowired
    MinistryDecree decrees;

    @Autowired
    RuntimeService runtime;

    @BeforeEach
    void afterTheCutOff() {
        // The 20th: a change the district approves waits for next month's cycle.
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-20T02:00:00Z")));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void a_household_that_moved_is_removed_after_every_level_and_the_decree_approve() {
        var household = driver.untouchedHousehold();
        var change = driver.proposeRemoval(household, RemovalReason.MOVED);
        assertThat(change.number()).matches("CR-6112-\\d{4}-\\d{6}");
        assertThat(change.stage()).isEqualTo(Stage.CHECKS);
        assertThat(change.status()).isEqualTo(ChangeStatus.IN_PROGRESS);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(change.number())
                        .singleResult()
                        .getId())
                .isEqualTo(change.processInstanceId());

        change = driver.check(change);
        assertThat(change.stage()).isEqualTo(Stage.FIELD_CHECK);
        assertThat(change.civilRegistryResult()).isNotNull();
        assertThat(change.dueDate()).isEqualTo(Instant.parse("2026-04-03T02:00:00Z"));

        change = driver.approveUpTo(change, Stage.MINISTRY_DETERMINATION);
        assertThat(driver.householdStatus(household)).isEqualTo("ACTIVE");

        // Approved by the district after the cut-off: it waits for April's cycle, due at April's decree.
        assertThat(change.dueDate()).isEqualTo(Instant.parse("2026-04-30T17:00:00Z"));
        assertThat(runtime.getVariable(change.processInstanceId(), VAR_MINISTRY_CYCLE))
                .isEqualTo("2026-04");
        driver.runJob(change, TIMER_WAIT_FOR_NEXT_CYCLE);
        assertThat(driver.openTask(change).getTaskDefinitionKey()).isEqualTo(TASK_MINISTRY_DETERMINATION);

        var decided = decrees.decide(
                new MinistryDecree.Decree("2026-04", "79/HUK/2026", java.time.LocalDate.of(2026, 4, 28), Map.of()),
                "pusdatin");
        assertThat(decided).isPositive();
        assertThat(driver.householdStatus(household)).isEqualTo("ACTIVE");

        driver.runJob(change, TASK_APPLY_CHANGE);
        change = driver.reload(change);
        assertThat(change.status()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(change.stage()).isEqualTo(Stage.DONE);
        assertThat(change.appliedAt()).isNotNull();
        assertThat(driver.householdRow(household))
                .containsEntry("STATUS", "REMOVED")
                .containsEntry("REMOVAL_REASON", "MOVED");

        assertThat(driver.changes.decisions(change.id()))
                .extracting(DecisionView::stage, DecisionView::actor, DecisionView::decision)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Stage.FIELD_CHECK, "op-6112042002", Decision.APPROVE),
                        org.assertj.core.groups.Tuple.tuple(
                                Stage.VILLAGE_DELIBERATION, "kades-6112042002", Decision.APPROVE),
                        org.assertj.core.groups.Tuple.tuple(
                                Stage.SUBDISTRICT_PLENARY, "camat-611204", Decision.APPROVE),
                        org.assertj.core.groups.Tuple.tuple(
                                Stage.DISTRICT_VERIFICATION, "dinsos-6112", Decision.APPROVE),
                        org.assertj.core.groups.Tuple.tuple(Stage.DISTRICT_APPROVAL, "kadinsos-6112", Decision.APPROVE),
                        org.assertj.core.groups.Tuple.tuple(
                                Stage.MINISTRY_DETERMINATION, "pusdatin", Decision.APPROVE));
        assertThat(driver.changes.decisions(change.id()))
                .extracting(DecisionView::reference)
                .containsExactly(null, null, null, null, "400/117/DINSOS-KKR/2026", "79/HUK/2026");
    }

    @Test
    void applying_an_applied_change_again_changes_nothing_more() {
        var household = driver.untouchedHousehold();
        var change = driver.approveUpTo(
                driver.check(driver.proposeRemoval(household, RemovalReason.DECEASED)), Stage.MINISTRY_DETERMINATION);
        driver.runJob(change, TIMER_WAIT_FOR_NEXT_CYCLE);
        driver.decide(driver.reload(change), ChangeDriver.approvalAt(Stage.MINISTRY_DETERMINATION));
        driver.runJob(change, TASK_APPLY_CHANGE);
        var once = driver.householdRow(household);

        driver.approved.apply(change.number());

        assertThat(driver.householdRow(household)).isEqualTo(once);
    }

    @Test
    void a_change_rejected_at_the_plenary_leaves_the_household_untouched() {
        var household = driver.untouchedHousehold();
        var before = driver.householdRow(household);
        var change = driver.approveUpTo(
                driver.check(driver.proposeRemoval(household, RemovalReason.NOT_FOUND)), Stage.SUBDISTRICT_PLENARY);

        change = driver.decide(
                change, new TaskDecision(Decision.REJECT, "Keluarga ditemukan di RT 03", null, null, null));

        assertThat(change.status()).isEqualTo(ChangeStatus.REJECTED);
        assertThat(change.stage()).isEqualTo(Stage.DONE);
        assertThat(driver.householdRow(household)).isEqualTo(before);
    }

    @Test
    void a_return_sends_the_change_back_and_records_the_reason() {
        var change = driver.approveUpTo(
                driver.check(driver.proposeRemoval(driver.untouchedHousehold(), RemovalReason.DUPLICATE)),
                Stage.DISTRICT_VERIFICATION);

        change = driver.decide(
                change, new TaskDecision(Decision.RETURN, "Berita acara pleno belum dilampirkan", null, null, null));

        assertThat(change.stage()).isEqualTo(Stage.SUBDISTRICT_PLENARY);
        assertThat(driver.changes.decisions(change.id()))
                .last()
                .extracting(DecisionView::decision, DecisionView::reason)
                .containsExactly(Decision.RETURN, "Berita acara pleno belum dilampirkan");
    }

    @Test
    void a_rejection_without_a_reason_is_refused_and_the_task_stays_open() {
        var change = driver.check(driver.proposeRemoval(driver.untouchedHousehold(), RemovalReason.NOT_FOUND));
        var task = driver.openTask(change);

        assertThatThrownBy(() ->
                        driver.decide(driver.reload(change), new TaskDecision(Decision.REJECT, " ", null, null, null)))
                .isInstanceOfAny(InvalidDecisionException.class, ProcessEngineException.class);

        assertThat(driver.openTask(change).getId()).isEqualTo(task.getId());
        assertThat(driver.changes.decisions(change.id())).isEmpty();
    }

    @Test
    void the_proposer_withdraws_during_the_village_deliberation_and_nothing_changes() {
        var household = driver.untouchedHousehold();
        var before = driver.householdRow(household);
        var change = driver.approveUpTo(
                driver.check(driver.proposeRemoval(household, RemovalReason.NO_LONGER_ELIGIBLE)),
                Stage.VILLAGE_DELIBERATION);

        driver.proposals.withdraw(change.id(), ChangeDriver.PROPOSER);

        change = driver.reload(change);
        assertThat(change.status()).isEqualTo(ChangeStatus.WITHDRAWN);
        assertThat(change.stage()).isEqualTo(Stage.DONE);
        assertThat(driver.openTask(change)).isNull();
        assertThat(driver.householdRow(household)).isEqualTo(before);
    }

    @Test
    void a_withdrawal_after_the_district_approved_is_refused() {
        var change = driver.approveUpTo(
                driver.check(driver.proposeRemoval(driver.untouchedHousehold(), RemovalReason.MOVED)),
                Stage.MINISTRY_DETERMINATION);

        assertThatThrownBy(() -> driver.proposals.withdraw(change.id(), ChangeDriver.PROPOSER))
                .isInstanceOf(ChangeNotWithdrawableException.class);
        assertThat(driver.reload(change).status()).isEqualTo(ChangeStatus.IN_PROGRESS);
    }

    @Test
    void an_overdue_field_check_is_flagged_on_the_change_request_and_followed_up_by_the_camat() {
        var change = driver.check(driver.proposeRemoval(driver.untouchedHousehold(), RemovalReason.MOVED));

        driver.runJob(change, TIMER_REMIND_FIELD_CHECK);
        assertThat(driver.reload(change).overdue()).isFalse();
        driver.runJob(change, TIMER_ESCALATE_FIELD_CHECK);

        assertThat(driver.reload(change).overdue()).isTrue();
        assertThat(driver.tasks
                        .createTaskQuery()
                        .processInstanceId(change.processInstanceId())
                        .taskCandidateGroup("SUBDISTRICT_HEAD:61.12.04")
                        .taskDefinitionKey(TASK_FOLLOW_UP_FIELD_CHECK)
                        .count())
                .isOne();

        change = driver.decide(change, TaskDecision.approve());
        assertThat(change.overdue()).isFalse();
        assertThat(driver.task(change, TASK_FOLLOW_UP_FIELD_CHECK)).isNull();
    }
}
