package id.verivali.bpmn;

import static id.verivali.bpmn.Changes.at;
import static id.verivali.bpmn.ResidentSubmission.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A resident's proposal or objection at the village operator's intake: every path of resident-submission.bpmn. */
@Deployment(resources = {RESOURCE, HouseholdChange.DEADLINES_RESOURCE})
class ResidentSubmissionProcessTest extends ProcessTest {

    /** Every element of the model. */
    @RegisterExtension
    static final ProcessEngineCoverageExtension coverage = coverageAtLeast(1.0);

    private static final Date RECEIVED = at("2026-03-02T01:00:00Z");
    /** Seven days, from deadlines.dmn's INTAKE row. */
    private static final Date DUE = at("2026-03-09T01:00:00Z");
    /** Two days before it. */
    private static final Date REMIND = at("2026-03-07T01:00:00Z");
    /** Fourteen days after it was received. */
    private static final Date LAPSES = Date.from(RECEIVED.toInstant()
            .atZone(ZoneOffset.UTC)
            .plus(OBJECTION_LAPSES_AFTER)
            .toInstant());

    private static int codes;

    @BeforeEach
    void receivedNow() {
        ClockUtil.setCurrentTime(RECEIVED);
    }

    /** As the application starts one: its village, kecamatan and district, and for an objection when it lapses. */
    private static ProcessInstance receive(String kind) {
        var variables = new java.util.HashMap<String, Object>(Map.of(
                VAR_KIND,
                kind,
                HouseholdChange.VAR_VILLAGE_CODE,
                Changes.VILLAGE,
                HouseholdChange.VAR_SUBDISTRICT_CODE,
                Changes.SUBDISTRICT,
                HouseholdChange.VAR_DISTRICT_CODE,
                Changes.DISTRICT));
        if (KIND_OBJECTION.equals(kind)) {
            variables.put(VAR_LAPSE_AT, LAPSES);
        }
        String prefix = KIND_PROPOSAL.equals(kind) ? "USL" : "SGH";
        return runtimeService()
                .startProcessInstanceByKey(PROCESS_KEY, prefix + "-TEST-%04d".formatted(++codes), variables);
    }

    private static String intakeTask(String kind) {
        return KIND_PROPOSAL.equals(kind) ? TASK_PROPOSAL_INTAKE : TASK_OBJECTION_INTAKE;
    }

    private static String followUpTask(String kind) {
        return KIND_PROPOSAL.equals(kind) ? TASK_FOLLOW_UP_PROPOSAL_INTAKE : TASK_FOLLOW_UP_OBJECTION_INTAKE;
    }

    private static String reminder(String kind) {
        return KIND_PROPOSAL.equals(kind) ? TIMER_REMIND_PROPOSAL_INTAKE : TIMER_REMIND_OBJECTION_INTAKE;
    }

    private static String escalation(String kind) {
        return KIND_PROPOSAL.equals(kind) ? TIMER_ESCALATE_PROPOSAL_INTAKE : TIMER_ESCALATE_OBJECTION_INTAKE;
    }

    private static void answer(ProcessInstance submission, String kind, String decision) {
        complete(task(intakeTask(kind), submission), withVariables(VAR_INTAKE_DECISION, decision));
    }

    @ParameterizedTest
    @ValueSource(strings = {KIND_PROPOSAL, KIND_OBJECTION})
    void a_submission_waits_at_its_villages_operator_with_a_week_to_answer(String kind) {
        var submission = receive(kind);

        assertThat(submission).isWaitingAt(intakeTask(kind));
        assertThat(task(intakeTask(kind), submission))
                .hasCandidateGroup("VILLAGE_OPERATOR:" + Changes.VILLAGE)
                .hasDueDate(DUE);
        Assertions.assertThat(job(escalation(kind), submission).getDuedate()).isEqualTo(DUE);
        Assertions.assertThat(job(reminder(kind), submission).getDuedate()).isEqualTo(REMIND);
    }

    @Test
    void an_accepted_proposal_ends_accepted() {
        var submission = receive(KIND_PROPOSAL);

        answer(submission, KIND_PROPOSAL, ACCEPT);

        assertThat(submission).hasPassed(END_PROPOSAL_ACCEPTED).isEnded();
    }

    @Test
    void a_rejected_proposal_ends_rejected() {
        var submission = receive(KIND_PROPOSAL);

        answer(submission, KIND_PROPOSAL, REJECT);

        assertThat(submission)
                .hasPassed(END_PROPOSAL_REJECTED)
                .hasNotPassed(END_PROPOSAL_ACCEPTED)
                .isEnded();
    }

    @Test
    void a_verified_objection_ends_with_the_households_field_check_started_and_its_lapse_gone() {
        var submission = receive(KIND_OBJECTION);

        answer(submission, KIND_OBJECTION, ACCEPT);

        assertThat(submission).hasPassed(END_OBJECTION_VERIFIED).isEnded();
        Assertions.assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(submission.getId())
                        .count())
                .isZero();
    }

    @Test
    void a_closed_objection_ends_closed() {
        var submission = receive(KIND_OBJECTION);

        answer(submission, KIND_OBJECTION, REJECT);

        assertThat(submission)
                .hasPassed(END_OBJECTION_CLOSED)
                .hasNotPassed(END_OBJECTION_VERIFIED)
                .isEnded();
    }

    @Test
    void an_objection_nobody_verifies_lapses_after_fourteen_days_with_its_follow_up() {
        var submission = receive(KIND_OBJECTION);
        ClockUtil.setCurrentTime(DUE);
        execute(job(TIMER_ESCALATE_OBJECTION_INTAKE, submission));
        assertThat(submission).isWaitingAt(TASK_OBJECTION_INTAKE, TASK_FOLLOW_UP_OBJECTION_INTAKE);

        var lapse = job(TIMER_OBJECTION_LAPSES, submission);
        Assertions.assertThat(lapse.getDuedate()).isEqualTo(LAPSES);
        ClockUtil.setCurrentTime(LAPSES);
        execute(lapse);

        assertThat(submission).hasPassed(END_OBJECTION_LAPSED).isEnded();
        Assertions.assertThat(taskService()
                        .createTaskQuery()
                        .processInstanceId(submission.getId())
                        .count())
                .isZero();
    }

    @Test
    void a_proposal_does_not_lapse() {
        var submission = receive(KIND_PROPOSAL);

        Assertions.assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(submission.getId())
                        .list())
                .extracting(job -> jobActivity(job.getJobDefinitionId()))
                .containsExactlyInAnyOrder(TIMER_REMIND_PROPOSAL_INTAKE, TIMER_ESCALATE_PROPOSAL_INTAKE);
    }

    @ParameterizedTest
    @ValueSource(strings = {KIND_PROPOSAL, KIND_OBJECTION})
    void the_reminder_fires_two_days_before_and_leaves_the_intake_open(String kind) {
        var submission = receive(kind);
        ClockUtil.setCurrentTime(REMIND);

        execute(job(reminder(kind), submission));

        assertThat(submission)
                .hasPassed(KIND_PROPOSAL.equals(kind) ? "End_ProposalIntakeReminded" : "End_ObjectionIntakeReminded")
                .isWaitingAt(intakeTask(kind));
        Assertions.assertThat(overdue(submission)).isEqualTo(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {KIND_PROPOSAL, KIND_OBJECTION})
    void an_overdue_intake_opens_a_follow_up_for_the_camat_and_stays_with_the_operator(String kind) {
        var submission = receive(kind);
        ClockUtil.setCurrentTime(DUE);

        execute(job(escalation(kind), submission));

        assertThat(submission).isWaitingAt(intakeTask(kind), followUpTask(kind));
        assertThat(task(followUpTask(kind), submission)).hasCandidateGroup("SUBDISTRICT_HEAD:" + Changes.SUBDISTRICT);
        Assertions.assertThat(overdue(submission)).isEqualTo(true);

        complete(task(followUpTask(kind), submission));

        assertThat(submission)
                .hasPassed(
                        KIND_PROPOSAL.equals(kind) ? "End_ProposalIntakeFollowedUp" : "End_ObjectionIntakeFollowedUp")
                .isWaitingAt(intakeTask(kind));
        answer(submission, kind, ACCEPT);
        assertThat(submission).isEnded();
    }

    @ParameterizedTest
    @ValueSource(strings = {KIND_PROPOSAL, KIND_OBJECTION})
    void answering_the_intake_closes_a_follow_up_still_open(String kind) {
        var submission = receive(kind);
        ClockUtil.setCurrentTime(DUE);
        execute(job(escalation(kind), submission));

        answer(submission, kind, REJECT);

        assertThat(submission).isEnded();
        Assertions.assertThat(historyService()
                        .createHistoricTaskInstanceQuery()
                        .processInstanceId(submission.getId())
                        .taskDefinitionKey(followUpTask(kind))
                        .singleResult()
                        .getDeleteReason())
                .isNotEqualTo("completed");
    }

    /** The intake's own flag, local to its sub-process as at every level. */
    private static Object overdue(ProcessInstance submission) {
        return runtimeService()
                .createVariableInstanceQuery()
                .processInstanceIdIn(submission.getId())
                .variableName(HouseholdChange.VAR_OVERDUE)
                .singleResult()
                .getValue();
    }

    private static String jobActivity(String jobDefinitionId) {
        return managementService()
                .createJobDefinitionQuery()
                .jobDefinitionId(jobDefinitionId)
                .singleResult()
                .getActivityId();
    }
}
