package id.verivali.bpmn;

import static id.verivali.bpmn.Changes.at;
import static id.verivali.bpmn.Changes.decide;
import static id.verivali.bpmn.Changes.withdraw;
import static id.verivali.bpmn.HouseholdChange.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Deployment(resources = {RESOURCE, DEADLINES_RESOURCE})
class EscalationTest extends ProcessTest {

    /** 140 of the model's 152 elements today (92%): every stage's timers and follow-up, nothing of the cycle. */
    @RegisterExtension
    static final ProcessEngineCoverageExtension coverage = coverageAtLeast(0.90);

    /** Every level is reached at this moment, so its due date follows from deadlines.dmn alone. */
    private static final Date REACHED = at("2026-03-02T01:00:00Z");

    private Changes changes;

    @BeforeEach
    void standInForTheApplication() {
        ClockUtil.setCurrentTime(REACHED);
        changes = new Changes();
    }

    /** The national defaults of deadlines.dmn; the ministry's is its cycle's decree, at the end of March in Jakarta. */
    private static Date dueDate(Level level) {
        return switch (level) {
            case FIELD_CHECK, SUBDISTRICT_PLENARY -> at("2026-03-16T01:00:00Z");
            case VILLAGE_DELIBERATION -> at("2026-04-01T01:00:00Z");
            case DISTRICT_VERIFICATION, DISTRICT_APPROVAL -> at("2026-03-09T01:00:00Z");
            case MINISTRY_DETERMINATION -> at("2026-03-31T17:00:00Z");
        };
    }

    private static Date threeDaysBefore(Date due) {
        return Date.from(due.toInstant().minusSeconds(3 * 24 * 3600));
    }

    private static Date after(Date moment) {
        return Date.from(moment.toInstant().plusSeconds(1));
    }

    /** A change whose task at the given level is overdue, with the level above's follow-up open. */
    private ProcessInstance overdueAt(Level level) {
        var change = changes.waitingAt(level);
        ClockUtil.setCurrentTime(after(dueDate(level)));
        execute(job(level.escalation, change));
        return change;
    }

    private static long jobsDueNow(ProcessInstance change) {
        return managementService()
                .createJobQuery()
                .processInstanceId(change.getId())
                .executable()
                .count();
    }

    private static Object overdue(ProcessInstance change) {
        return runtimeService()
                .createVariableInstanceQuery()
                .processInstanceIdIn(change.getId())
                .variableName(VAR_OVERDUE)
                .singleResult()
                .getValue();
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void each_level_gets_its_due_date_and_timers_from_the_deadline_table(Level level) {
        var change = changes.waitingAt(level);

        var due = dueDate(level);
        assertThat(task(level.task, change)).hasDueDate(due);
        Assertions.assertThat(job(level.escalation, change).getDuedate()).isEqualTo(due);
        Assertions.assertThat(job(level.reminder, change).getDuedate()).isEqualTo(threeDaysBefore(due));
    }

    @Test
    void a_new_version_of_the_deadline_table_sets_the_deadlines_of_stages_entered_after_it() throws Exception {
        changes.waitingAt(Level.FIELD_CHECK);
        String table;
        try (var original = getClass().getClassLoader().getResourceAsStream(DEADLINES_RESOURCE)) {
            table = new String(original.readAllBytes(), StandardCharsets.UTF_8);
        }
        // The field check's row (the first P14D; the plenary's is the second) shortened to a week.
        var shorter = repositoryService()
                .createDeployment()
                .addString(DEADLINES_RESOURCE, table.replaceFirst("\"P14D\"", "\"P7D\""))
                .deploy();
        try {
            var change = changes.waitingAt(Level.FIELD_CHECK);

            assertThat(task(Level.FIELD_CHECK.task, change)).hasDueDate(at("2026-03-09T01:00:00Z"));
        } finally {
            repositoryService().deleteDeployment(shorter.getId(), true);
        }
        assertThat(task(Level.FIELD_CHECK.task, changes.waitingAt(Level.FIELD_CHECK)))
                .hasDueDate(dueDate(Level.FIELD_CHECK));
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void the_reminder_fires_three_days_before_the_due_date_and_leaves_the_task_where_it_is(Level level) {
        var change = changes.waitingAt(level);

        ClockUtil.setCurrentTime(after(threeDaysBefore(dueDate(level))));
        execute(job(level.reminder, change));

        assertThat(change).hasPassed(level.reminder).isWaitingAtExactly(level.subProcess, level.task);
        Assertions.assertThat(overdue(change)).isEqualTo(false);
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void an_overdue_task_is_flagged_and_followed_up_by_the_level_above(Level level) {
        var change = changes.waitingAt(level);

        ClockUtil.setCurrentTime(after(dueDate(level)));
        execute(job(level.escalation, change));

        assertThat(change).isWaitingAtExactly(level.subProcess, level.task, level.followUp);
        assertThat(task(level.followUp, change)).hasCandidateGroup(level.followUpGroup);
        assertThat(task(level.task, change)).hasCandidateGroup(level.candidateGroup);
        Assertions.assertThat(overdue(change)).isEqualTo(true);
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void the_follow_up_closes_by_itself_when_the_overdue_task_is_done(Level level) {
        var change = overdueAt(level);

        decide(change, level, DECISION_REJECT, "Tidak ditemukan saat kunjungan");

        assertThat(change).isEnded();
        Assertions.assertThat(taskService().createTaskQuery().count()).isZero();
        var followUp = historyService()
                .createHistoricTaskInstanceQuery()
                .processInstanceId(change.getId())
                .taskDefinitionKey(level.followUp)
                .singleResult();
        Assertions.assertThat(followUp.getDeleteReason()).isEqualTo("deleted");
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void the_level_above_can_close_its_follow_up_while_the_overdue_task_waits(Level level) {
        var change = overdueAt(level);

        complete(task(level.followUp, change));

        assertThat(change).hasPassed(level.followUp).isWaitingAtExactly(level.subProcess, level.task);
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
    void a_withdrawal_ends_the_change_while_the_level_above_follows_up_its_overdue_task(Level level) {
        var change = overdueAt(level);
        assertThat(change).isWaitingAtExactly(level.subProcess, level.task, level.followUp);

        withdraw(change);

        assertThat(change)
                .hasPassed(START_WITHDRAWAL, END_WITHDRAWN)
                .hasNotPassed(END_REJECTED, END_APPROVED)
                .isEnded();
        Assertions.assertThat(taskService()
                        .createTaskQuery()
                        .processInstanceId(change.getId())
                        .count())
                .isZero();
        Assertions.assertThat(historyService()
                        .createHistoricTaskInstanceQuery()
                        .processInstanceId(change.getId())
                        .taskDefinitionKeyIn(level.task, level.followUp)
                        .list())
                .hasSize(2)
                .allSatisfy(
                        task -> Assertions.assertThat(task.getDeleteReason()).isNotEqualTo("completed"));
        Assertions.assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(change.getId())
                        .count())
                .isZero();
    }

    @Test
    void after_a_deferral_the_reminder_and_the_escalation_count_from_the_next_meeting_and_fire() {
        var level = Level.VILLAGE_DELIBERATION;
        var change = changes.waitingAt(level);
        ClockUtil.setCurrentTime(at("2026-03-20T01:00:00Z"));

        decide(change, level, DECISION_DEFER, null);

        // Thirty days from the deferral, not from the first meeting.
        var due = at("2026-04-19T01:00:00Z");
        assertThat(task(level.task, change)).hasDueDate(due);
        Assertions.assertThat(job(level.reminder, change).getDuedate()).isEqualTo(threeDaysBefore(due));
        Assertions.assertThat(job(level.escalation, change).getDuedate()).isEqualTo(due);

        // The first meeting's reminder and due date pass without anything falling due.
        ClockUtil.setCurrentTime(after(threeDaysBefore(dueDate(level))));
        Assertions.assertThat(jobsDueNow(change)).isZero();
        ClockUtil.setCurrentTime(after(dueDate(level)));
        Assertions.assertThat(jobsDueNow(change)).isZero();

        ClockUtil.setCurrentTime(after(threeDaysBefore(due)));
        Assertions.assertThat(jobsDueNow(change)).isOne();
        execute(job(level.reminder, change));
        assertThat(change).hasPassed(level.reminder).isWaitingAtExactly(level.subProcess, level.task);
        Assertions.assertThat(overdue(change)).isEqualTo(false);

        ClockUtil.setCurrentTime(after(due));
        Assertions.assertThat(jobsDueNow(change)).isOne();
        execute(job(level.escalation, change));
        assertThat(change).isWaitingAtExactly(level.subProcess, level.task, level.followUp);
        assertThat(task(level.followUp, change)).hasCandidateGroup(level.followUpGroup);
        Assertions.assertThat(overdue(change)).isEqualTo(true);
    }

    @Test
    void the_camat_follows_up_an_overdue_field_check() {
        ClockUtil.setCurrentTime(at("2026-03-02T08:00:00Z"));
        var change = changes.proposeChecked();
        assertThat(job(TIMER_ESCALATE_FIELD_CHECK, change)).hasDueDate(at("2026-03-16T08:00:00Z"));

        ClockUtil.setCurrentTime(at("2026-03-16T08:00:01Z"));
        execute(job(TIMER_ESCALATE_FIELD_CHECK, change));

        assertThat(change).isWaitingAt(TASK_FIELD_CHECK, TASK_FOLLOW_UP_FIELD_CHECK);
        assertThat(task(TASK_FOLLOW_UP_FIELD_CHECK, change)).hasCandidateGroup("SUBDISTRICT_HEAD:61.12.04");
    }

    @Test
    void a_returned_change_gets_a_fresh_deadline_and_no_longer_counts_as_overdue() {
        var change = changes.waitingAt(Level.SUBDISTRICT_PLENARY);
        ClockUtil.setCurrentTime(at("2026-03-20T01:00:00Z"));
        execute(job(TIMER_ESCALATE_PLENARY, change));
        Assertions.assertThat(overdue(change)).isEqualTo(true);

        decide(change, Level.SUBDISTRICT_PLENARY, DECISION_RETURN, "Berita acara musdes belum ditandatangani");

        assertThat(task(TASK_FIELD_CHECK, change)).hasDueDate(at("2026-04-03T01:00:00Z"));
        Assertions.assertThat(overdue(change)).isEqualTo(false);
    }

    @Test
    void a_district_with_its_own_row_in_the_deadline_table_gets_its_own_period() {
        var change = changes.inDistrict("32.76").waitingAt(Level.VILLAGE_DELIBERATION);

        assertThat(task(TASK_VILLAGE_DELIBERATION, change)).hasDueDate(at("2026-03-23T01:00:00Z"));
        Assertions.assertThat(job(TIMER_REMIND_VILLAGE_DELIBERATION, change).getDuedate())
                .isEqualTo(at("2026-03-20T01:00:00Z"));
    }
}
