package id.verivali.history;

import static id.verivali.bpmn.HouseholdChange.END_APPROVED;
import static id.verivali.bpmn.HouseholdChange.END_WITHDRAWN;
import static id.verivali.bpmn.HouseholdChange.START;
import static id.verivali.bpmn.HouseholdChange.TASK_APPLY_CHANGE;
import static id.verivali.bpmn.HouseholdChange.TASK_FIELD_CHECK;
import static id.verivali.bpmn.HouseholdChange.TASK_FOLLOW_UP_FIELD_CHECK;
import static id.verivali.bpmn.HouseholdChange.TASK_VILLAGE_DELIBERATION;
import static id.verivali.bpmn.HouseholdChange.TIMER_ESCALATE_FIELD_CHECK;
import static id.verivali.bpmn.HouseholdChange.TIMER_REMIND_FIELD_CHECK;
import static id.verivali.bpmn.HouseholdChange.TIMER_WAIT_FOR_NEXT_CYCLE;
import static id.verivali.deliberation.DeliberationForm.PDF;
import static id.verivali.deliberation.DeliberationForm.deliberation;
import static id.verivali.deliberation.DeliberationForm.form;
import static id.verivali.deliberation.DeliberationForm.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import id.verivali.audit.AuditLog;
import id.verivali.changerequest.ChangeRequestView;
import id.verivali.changerequest.ChangeType;
import id.verivali.changerequest.Decision;
import id.verivali.changerequest.ProposeChange;
import id.verivali.changerequest.Stage;
import id.verivali.deliberation.DeliberationForm;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.Relationship;
import id.verivali.household.Sex;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import id.verivali.workflow.ChangeDriver;
import id.verivali.workflow.TaskDecision;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The auditor's replay of a change over HTTP: its timeline and its diagram, for changes of Desa Jeruju Besar
 * (Kecamatan Sungai Kakap, 61.12.09) that went straight through, came back from the district, were withdrawn or
 * escalated. The engine's clock moves a minute per step, from a day after the ministry's cut-off, so that each
 * change waits for the next cycle; events of one step share their time, and their order is the process's own.
 */
@IntegrationTest
@Import(ChangeDriver.class)
class HistoryApiIT {

    private static final String VILLAGE = "61.12.09.2003";
    private static final String OPERATOR = "op-6112092003";
    private static final String VILLAGE_HEAD = "kades-6112092003";
    private static final String CAMAT = "camat-611209";
    private static final String DISTRICT_OPERATOR = "dinsos-6112";
    private static final String DISTRICT_HEAD = "kadinsos-6112";
    private static final String MINISTRY = "pusdatin";
    private static final String AUDITOR = "auditor-6112";
    private static final String OUTSIDE_VILLAGE = "61.11.01.2001";

    private static final String RATIFICATION_LETTER = "400/212/DINSOS-KKR/2026";
    private static final String DECREE = "91/HUK/2026";
    private static final Instant START_OF_RUN = Instant.parse("2026-03-20T02:00:00Z");

    @Autowired
    Api api;

    @Autowired
    ChangeDriver driver;

    @Autowired
    PlatformTransactionManager transactions;

    private Instant now;

    @BeforeEach
    void afterTheCutOff() {
        now = START_OF_RUN;
        ClockUtil.setCurrentTime(Date.from(now));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void a_change_approved_at_every_level_replays_from_its_proposal_to_the_registry() {
        long household = driver.untouchedHouseholdIn(VILLAGE);
        var proposed = api.as(OPERATOR)
                .post(
                        "/api/change-requests",
                        Map.of(
                                "type",
                                "UPDATE",
                                "householdId",
                                household,
                                "update",
                                Map.of("address", "Jl. Parit Keladi No. 7"),
                                "reason",
                                "Pindah rumah dalam desa"));
        assertThat(proposed.status()).as(proposed.body().toString()).isEqualTo(201);
        var change = driver.check(driver.changes.get(proposed.body().get("id").asLong()));
        assertThat(change.stage()).isEqualTo(Stage.FIELD_CHECK);

        step();
        var fieldCheck = driver.openTask(change).getId();
        assertThat(api.as(OPERATOR)
                        .post("/api/tasks/" + fieldCheck + "/claim", null)
                        .status())
                .isEqualTo(200);
        step();
        complete(OPERATOR, fieldCheck, Map.of("decision", "APPROVE", "note", "Rumah baru sudah dikunjungi"));

        step();
        var musdes =
                deliberation("VILLAGE", VILLAGE, item(driver.openTask(change).getId(), "APPROVE", null));
        var held = api.as(VILLAGE_HEAD).postMultipart(DeliberationForm.PATH, form(musdes, PDF, "ba-musdes.pdf"));
        assertThat(held.status()).as(held.body().toString()).isEqualTo(201);
        driver.applyDecisions();

        step();
        complete(CAMAT, driver.openTask(change).getId(), Map.of("decision", "APPROVE"));
        step();
        complete(DISTRICT_OPERATOR, driver.openTask(change).getId(), Map.of("decision", "APPROVE"));
        step();
        complete(
                DISTRICT_HEAD,
                driver.openTask(change).getId(),
                Map.of("decision", "APPROVE", "reference", RATIFICATION_LETTER, "referenceDate", "2026-03-20"));
        step();
        driver.runJob(change, TIMER_WAIT_FOR_NEXT_CYCLE);
        step();
        complete(
                MINISTRY,
                driver.openTask(change).getId(),
                Map.of("decision", "APPROVE", "reference", DECREE, "referenceDate", "2026-04-28"));
        step();
        driver.runJob(change, TASK_APPLY_CHANGE);

        var timeline = timeline(change);
        assertThat(timeline.get("number").asText()).isEqualTo(change.number());
        assertThat(timeline.get("status").asText()).isEqualTo("APPROVED");
        var events = processEvents(timeline);
        assertThat(events)
                .extracting(e -> text(e, "kind"), e -> text(e, "stage"), e -> text(e, "actor"))
                .containsExactly(
                        tuple("CHANGE_PROPOSED", "CHECKS", OPERATOR),
                        tuple("CHECK_COMPLETED", "CHECKS", null),
                        tuple("CHECK_COMPLETED", "CHECKS", null),
                        tuple("CHECK_COMPLETED", "CHECKS", null),
                        tuple("TASK_CREATED", "FIELD_CHECK", null),
                        tuple("TASK_CLAIMED", "FIELD_CHECK", OPERATOR),
                        tuple("TASK_COMPLETED", "FIELD_CHECK", OPERATOR),
                        tuple("TASK_CREATED", "VILLAGE_DELIBERATION", null),
                        tuple("DELIBERATION", "VILLAGE_DELIBERATION", VILLAGE_HEAD),
                        tuple("TASK_COMPLETED", "VILLAGE_DELIBERATION", VILLAGE_HEAD),
                        tuple("TASK_CREATED", "SUBDISTRICT_PLENARY", null),
                        tuple("TASK_COMPLETED", "SUBDISTRICT_PLENARY", CAMAT),
                        tuple("TASK_CREATED", "DISTRICT_VERIFICATION", null),
                        tuple("TASK_COMPLETED", "DISTRICT_VERIFICATION", DISTRICT_OPERATOR),
                        tuple("TASK_CREATED", "DISTRICT_APPROVAL", null),
                        tuple("TASK_COMPLETED", "DISTRICT_APPROVAL", DISTRICT_HEAD),
                        tuple("TIMER_FIRED", "MINISTRY_DETERMINATION", null),
                        tuple("TASK_CREATED", "MINISTRY_DETERMINATION", null),
                        tuple("TASK_COMPLETED", "MINISTRY_DETERMINATION", MINISTRY),
                        // The registry is written by the job that follows the decree, in no one's name.
                        tuple("APPLIED", "MINISTRY_DETERMINATION", AuditLog.SYSTEM),
                        tuple("ENDED", null, null));
        assertInTimeOrder(timeline);

        var proposal = events.get(0);
        assertThat(proposal.at("/details/type").asText()).isEqualTo("UPDATE");
        assertThat(proposal.at("/details/update/address").asText()).isEqualTo("Jl. Parit Keladi No. 7");
        assertThat(proposal.at("/details/reason").asText()).isEqualTo("Pindah rumah dalam desa");
        assertThat(events.subList(1, 4))
                .extracting(e -> text(e, "activityId"), e -> text(e, "result"))
                .containsExactly(
                        tuple("Task_NikAndRegionCheck", "PASSED"),
                        tuple("Task_CivilRegistryCheck", change.civilRegistryResult()),
                        tuple("Task_DuplicateCheck", "PASSED"));
        assertThat(events.get(4).get("candidateGroup").asText()).isEqualTo("VILLAGE_OPERATOR:" + VILLAGE);
        assertThat(events.get(4).get("taskId").asText()).isEqualTo(fieldCheck);
        assertThat(events.get(6).get("decision").asText()).isEqualTo("APPROVE");
        assertThat(events.get(6).get("note").asText()).isEqualTo("Rumah baru sudah dikunjungi");

        var village = events.get(8);
        assertThat(village.get("reference").asText()).isEqualTo(musdes.get("minutesNumber"));
        assertThat(village.at("/details/level").asText()).isEqualTo("VILLAGE");
        assertThat(village.at("/details/deliberationId").asLong())
                .isEqualTo(held.body().get("id").asLong());
        assertThat(village.at("/details/minutesSha256").asText()).isEqualTo(sha256(PDF));
        assertThat(events.get(9).get("reference").asText()).isEqualTo(musdes.get("minutesNumber"));

        assertThat(events)
                .filteredOn(e -> "TASK_COMPLETED".equals(text(e, "kind")))
                .extracting(e -> text(e, "decision"), e -> text(e, "reference"))
                .containsExactly(
                        tuple("APPROVE", null),
                        tuple("APPROVE", (String) musdes.get("minutesNumber")),
                        tuple("APPROVE", null),
                        tuple("APPROVE", null),
                        tuple("APPROVE", RATIFICATION_LETTER),
                        tuple("APPROVE", DECREE));
        assertThat(events.get(16).get("timer").asText()).isEqualTo("NEXT_CYCLE");
        assertThat(events.get(16).get("activityId").asText()).isEqualTo(TIMER_WAIT_FOR_NEXT_CYCLE);
        assertThat(events.get(19).get("activityId").asText()).isEqualTo(TASK_APPLY_CHANGE);
        // The registry's record as it was and as the approved change left it.
        assertThat(events.get(19).at("/details/before/address").asText()).isNotEqualTo("Jl. Parit Keladi No. 7");
        assertThat(events.get(19).at("/details/after/address").asText()).isEqualTo("Jl. Parit Keladi No. 7");
        assertThat(events.get(20).get("result").asText()).isEqualTo("APPROVED");
        assertThat(events.get(20).get("activityId").asText()).isEqualTo(END_APPROVED);

        var diagram = diagram(change);
        assertThat(diagram.get("processDefinitionKey").asText()).isEqualTo("householdChange");
        assertThat(diagram.get("processDefinitionId").asText()).startsWith("householdChange:");
        assertThat(diagram.get("version").asInt()).isPositive();
        assertThat(diagram.get("bpmnXml").asText()).contains("id=\"householdChange\"", "id=\"" + END_APPROVED + "\"");
        var flows = flowIds(diagram);
        assertConnectedPath(diagram, END_APPROVED);
        assertThat(flows)
                .containsSubsequence(
                        "Flow_ToNikAndRegionCheck",
                        "Flow_ToCivilRegistryCheck",
                        "Flow_ToDuplicateCheck",
                        "Flow_ChecksPassed",
                        "Flow_FieldCheckApproved",
                        "Flow_VillageApproved",
                        "Flow_PlenaryApproved",
                        "Flow_DistrictVerified",
                        "Flow_DistrictApproved",
                        "Flow_WaitsForNextCycle",
                        "Flow_NextCycleOpened",
                        "Flow_MinistryApproved",
                        "Flow_ToApproved");
        assertThat(flows).doesNotContain("Flow_ChecksFailed", "Flow_CycleOpen");
        assertThat(diagram.get("activities"))
                .filteredOn(a -> TASK_FIELD_CHECK.equals(text(a, "activityId")))
                .singleElement()
                .satisfies(a -> {
                    assertThat(text(a, "actor")).isEqualTo(OPERATOR);
                    assertThat(a.get("canceled").asBoolean()).isFalse();
                    assertThat(text(a, "activityType")).isEqualTo("userTask");
                });
    }

    @Test
    void a_change_the_district_returns_replays_its_loop_through_the_plenary_twice() {
        var change = checkedReverification();
        step();
        change = decide(change, TaskDecision.approve());
        step();
        change = decide(change, TaskDecision.approve());
        step();
        change = decide(change, TaskDecision.approve());
        assertThat(change.stage()).isEqualTo(Stage.DISTRICT_VERIFICATION);
        var reason = "Berita acara pleno belum ditandatangani Camat";
        step();
        change = decide(change, new TaskDecision(Decision.RETURN, reason, null, null, null));
        assertThat(change.stage()).isEqualTo(Stage.SUBDISTRICT_PLENARY);
        step();
        change = decide(change, TaskDecision.approve());
        step();
        change = decide(change, TaskDecision.approve());
        step();
        change = decide(change, ChangeDriver.approvalAt(Stage.DISTRICT_APPROVAL));
        step();
        driver.runJob(change, TIMER_WAIT_FOR_NEXT_CYCLE);
        step();
        change = decide(change, ChangeDriver.approvalAt(Stage.MINISTRY_DETERMINATION));
        step();
        driver.runJob(change, TASK_APPLY_CHANGE);

        var timeline = timeline(change);
        assertInTimeOrder(timeline);
        var events = processEvents(timeline);
        assertThat(events)
                .filteredOn(e -> List.of("TASK_COMPLETED", "RETURNED").contains(text(e, "kind")))
                .extracting(
                        e -> text(e, "kind"), e -> text(e, "stage"), e -> text(e, "decision"), e -> text(e, "actor"))
                .containsExactly(
                        tuple("TASK_COMPLETED", "FIELD_CHECK", "APPROVE", OPERATOR),
                        tuple("TASK_COMPLETED", "VILLAGE_DELIBERATION", "APPROVE", VILLAGE_HEAD),
                        tuple("TASK_COMPLETED", "SUBDISTRICT_PLENARY", "APPROVE", CAMAT),
                        tuple("TASK_COMPLETED", "DISTRICT_VERIFICATION", "RETURN", DISTRICT_OPERATOR),
                        tuple("RETURNED", "DISTRICT_VERIFICATION", "RETURN", DISTRICT_OPERATOR),
                        tuple("TASK_COMPLETED", "SUBDISTRICT_PLENARY", "APPROVE", CAMAT),
                        tuple("TASK_COMPLETED", "DISTRICT_VERIFICATION", "APPROVE", DISTRICT_OPERATOR),
                        tuple("TASK_COMPLETED", "DISTRICT_APPROVAL", "APPROVE", DISTRICT_HEAD),
                        tuple("TASK_COMPLETED", "MINISTRY_DETERMINATION", "APPROVE", MINISTRY));
        var returned = events.stream()
                .filter(e -> "RETURNED".equals(text(e, "kind")))
                .findFirst()
                .orElseThrow();
        assertThat(returned.get("reason").asText()).isEqualTo(reason);
        assertThat(returned.at("/details/returnedTo").asText()).isEqualTo("SUBDISTRICT_PLENARY");
        var next = events.get(events.indexOf(returned) + 1);
        assertThat(List.of(text(next, "kind"), text(next, "stage"), text(next, "candidateGroup")))
                .containsExactly("TASK_CREATED", "SUBDISTRICT_PLENARY", "SUBDISTRICT_HEAD:61.12.09");
        assertThat(events.get(events.size() - 1).get("result").asText()).isEqualTo("APPROVED");

        var diagram = diagram(change);
        assertConnectedPath(diagram, END_APPROVED);
        var flows = flowIds(diagram);
        assertThat(flows).containsOnlyOnce("Flow_DistrictVerificationReturned");
        assertThat(flows.stream().filter("Flow_ToPlenary"::equals)).hasSize(2);
        assertThat(flows.stream().filter("Flow_ToDistrictVerification"::equals)).hasSize(2);
        assertThat(flows.stream().filter("Flow_PlenaryApproved"::equals)).hasSize(2);
        assertThat(flows)
                .containsSubsequence(
                        "Flow_PlenaryApproved",
                        "Flow_DistrictVerificationReturned",
                        "Flow_ToPlenary",
                        "Flow_PlenaryApproved",
                        "Flow_DistrictVerified",
                        "Flow_ToApproved");
        assertThat(diagram.get("activities"))
                .filteredOn(a -> "Task_SubdistrictPlenary".equals(text(a, "activityId")))
                .extracting(a -> text(a, "actor"))
                .containsExactly(CAMAT, CAMAT);
    }

    @Test
    void a_withdrawn_change_ends_at_the_withdrawal_with_its_open_task_cancelled() {
        var change = checkedReverification();
        step();
        change = decide(change, TaskDecision.approve());
        step();
        var withdrawn = api.as(OPERATOR).post("/api/change-requests/" + change.id() + "/withdraw", null);
        assertThat(withdrawn.status()).as(withdrawn.body().toString()).isEqualTo(200);

        var timeline = timeline(change);
        assertThat(timeline.get("status").asText()).isEqualTo("WITHDRAWN");
        assertInTimeOrder(timeline);
        var events = processEvents(timeline);
        assertThat(events.subList(events.size() - 5, events.size()))
                .extracting(e -> text(e, "kind"), e -> text(e, "stage"), e -> text(e, "actor"))
                .containsExactly(
                        tuple("TASK_COMPLETED", "FIELD_CHECK", OPERATOR),
                        tuple("TASK_CREATED", "VILLAGE_DELIBERATION", null),
                        tuple("TASK_CANCELED", "VILLAGE_DELIBERATION", null),
                        tuple("WITHDRAWN", null, OPERATOR),
                        tuple("ENDED", null, null));
        var ended = events.get(events.size() - 1);
        assertThat(ended.get("result").asText()).isEqualTo("WITHDRAWN");
        assertThat(ended.get("activityId").asText()).isEqualTo(END_WITHDRAWN);

        var diagram = diagram(change);
        assertConnectedPath(diagram, END_WITHDRAWN);
        var flows = diagram.get("takenFlows");
        assertThat(flows.get(flows.size() - 1).get("flowId").asText()).isEqualTo("Flow_ToWithdrawn");
        assertThat(diagram.get("activities"))
                .filteredOn(a -> TASK_VILLAGE_DELIBERATION.equals(text(a, "activityId")))
                .singleElement()
                .satisfies(a -> assertThat(a.get("canceled").asBoolean()).isTrue());
    }

    @Test
    void an_overdue_field_check_replays_its_reminder_its_escalation_and_the_follow_up_it_closed() {
        var change = checkedReverification();
        var due = driver.task(change, TASK_FIELD_CHECK).getDueDate().toInstant();
        now = due.minus(Duration.ofDays(3));
        step();
        driver.runJob(change, TIMER_REMIND_FIELD_CHECK);
        now = due;
        step();
        driver.runJob(change, TIMER_ESCALATE_FIELD_CHECK);
        assertThat(driver.task(change, TASK_FOLLOW_UP_FIELD_CHECK)).isNotNull();
        step();
        change = decide(change, TaskDecision.approve());

        var timeline = timeline(change);
        assertInTimeOrder(timeline);
        var events = processEvents(timeline);
        var fromFieldCheck = events.subList(4, events.size());
        assertThat(fromFieldCheck)
                .extracting(
                        e -> text(e, "kind"), e -> text(e, "activityId"), e -> text(e, "timer"), e -> text(e, "stage"))
                .containsExactly(
                        tuple("TASK_CREATED", TASK_FIELD_CHECK, null, "FIELD_CHECK"),
                        tuple("TIMER_FIRED", TIMER_REMIND_FIELD_CHECK, "REMIND", "FIELD_CHECK"),
                        tuple("TIMER_FIRED", TIMER_ESCALATE_FIELD_CHECK, "ESCALATE", "FIELD_CHECK"),
                        tuple("ESCALATED", TASK_FOLLOW_UP_FIELD_CHECK, null, "FIELD_CHECK"),
                        tuple("TASK_COMPLETED", TASK_FIELD_CHECK, null, "FIELD_CHECK"),
                        tuple("TASK_CANCELED", TASK_FOLLOW_UP_FIELD_CHECK, null, "FIELD_CHECK"),
                        tuple("TASK_CREATED", TASK_VILLAGE_DELIBERATION, null, "VILLAGE_DELIBERATION"));
        var escalation = fromFieldCheck.get(2);
        assertThat(Instant.parse(escalation.get("at").asText())).isAfterOrEqualTo(due);
        assertThat(Instant.parse(escalation.at("/details/dueAt").asText())).isEqualTo(due);
        assertThat(fromFieldCheck.get(3).get("candidateGroup").asText()).isEqualTo("SUBDISTRICT_HEAD:61.12.09");

        var flows = flowIds(diagram(change));
        assertThat(flows).containsSubsequence("Flow_FieldCheckReminded", "Flow_FieldCheckEscalated");
        assertThat(flows).contains("Flow_FieldCheckDecided", "Flow_FieldCheckApproved");
    }

    @Test
    void only_auditors_replay_a_change_and_only_within_their_region() {
        var inside = checkedReverification();
        var outside = driver.proposals.propose(
                new ProposeChange(
                        ChangeType.NEW_HOUSEHOLD,
                        null,
                        null,
                        null,
                        driver.newHouseholdIn(
                                OUTSIDE_VILLAGE,
                                List.of(new NewMember(
                                        driver.freshNik(LocalDate.of(1984, 7, 2), Sex.MALE),
                                        "Rahmat Hidayat",
                                        LocalDate.of(1984, 7, 2),
                                        Sex.MALE,
                                        Relationship.HEAD))),
                        null,
                        null,
                        "Belum terdaftar",
                        null),
                "op-6111012001");

        for (var path : List.of("/timeline", "/diagram")) {
            assertThat(api.as(AUDITOR).get(audit(inside) + path).status()).isEqualTo(200);
            var elsewhere = api.as(AUDITOR).get(audit(outside) + path);
            assertThat(elsewhere.status()).isEqualTo(404);
            assertThat(elsewhere.body().toString())
                    .doesNotContain(outside.number(), OUTSIDE_VILLAGE, outside.processInstanceId());
            assertThat(api.as(AUDITOR)
                            .get("/api/audit/change-requests/" + Long.MAX_VALUE + path)
                            .status())
                    .isEqualTo(404);
            for (var other : List.of(OPERATOR, VILLAGE_HEAD, CAMAT, "supervisor-6112", MINISTRY, "admin")) {
                assertThat(api.as(other).get(audit(inside) + path).status())
                        .as(other + " " + path)
                        .isEqualTo(403);
            }
        }
    }

    @Test
    void the_flows_a_rolled_back_transaction_took_are_not_kept() {
        var change = checkedReverification();
        int before = flowIds(diagram(change)).size();
        var task = driver.openTask(change).getId();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            driver.as(OPERATOR, () -> driver.tasks.complete(task, Map.of("decision", "APPROVE")));
            status.setRollbackOnly();
        });
        assertThat(flowIds(diagram(change))).hasSize(before);
        assertThat(driver.openTask(change).getId()).isEqualTo(task);

        step();
        decide(change, TaskDecision.approve());
        var seqs = StreamSupport.stream(diagram(change).get("takenFlows").spliterator(), false)
                .map(flow -> flow.get("seq").asInt())
                .toList();
        assertThat(seqs.size()).isGreaterThan(before);
        for (int i = 0; i < seqs.size(); i++) {
            assertThat(seqs.get(i)).isEqualTo(i + 1);
        }
    }

    private ChangeRequestView checkedReverification() {
        var change = driver.check(driver.proposeReverification(driver.untouchedHouseholdIn(VILLAGE)));
        assertThat(change.stage()).isEqualTo(Stage.FIELD_CHECK);
        return change;
    }

    private ChangeRequestView decide(ChangeRequestView change, TaskDecision decision) {
        return driver.decide(change, decision);
    }

    /** The engine's clock a minute on: each step of a test happens at a time of its own. */
    private void step() {
        now = now.plus(Duration.ofMinutes(1));
        ClockUtil.setCurrentTime(Date.from(now));
    }

    private void complete(String official, String taskId, Map<String, ?> decision) {
        var decided = api.as(official).post("/api/tasks/" + taskId + "/complete", decision);
        assertThat(decided.status()).as(official + ": " + decided.body()).isEqualTo(200);
    }

    private JsonNode timeline(ChangeRequestView change) {
        var timeline = api.as(AUDITOR).get(audit(change) + "/timeline");
        assertThat(timeline.status()).as(timeline.body().toString()).isEqualTo(200);
        return timeline.body();
    }

    private JsonNode diagram(ChangeRequestView change) {
        var diagram = api.as(AUDITOR).get(audit(change) + "/diagram");
        assertThat(diagram.status()).as(diagram.body().toString()).isEqualTo(200);
        return diagram.body();
    }

    private static String audit(ChangeRequestView change) {
        return "/api/audit/change-requests/" + change.id();
    }

    /** The timeline's events but those of the audit log, which tests of other features record on their own clock. */
    private static List<JsonNode> processEvents(JsonNode timeline) {
        var events = new ArrayList<JsonNode>();
        timeline.get("events").forEach(e -> {
            if (!"AUDIT_EVENT".equals(text(e, "kind"))) {
                events.add(e);
            }
        });
        return events;
    }

    private static void assertInTimeOrder(JsonNode timeline) {
        Instant previous = Instant.MIN;
        for (var event : timeline.get("events")) {
            var at = Instant.parse(event.get("at").asText());
            assertThat(at).as(event.toString()).isAfterOrEqualTo(previous);
            previous = at;
        }
    }

    private static List<String> flowIds(JsonNode diagram) {
        return StreamSupport.stream(diagram.get("takenFlows").spliterator(), false)
                .map(flow -> flow.get("flowId").asText())
                .toList();
    }

    /**
     * The taken flows form one path from the start to the end: each leaves the element the previous one reached, or
     * an element the process reached earlier and completed since (a sub-process whose end event the previous flow
     * reached, a boundary timer of a task it reached).
     */
    private static void assertConnectedPath(JsonNode diagram, String end) {
        var ran = new HashSet<String>();
        diagram.get("activities").forEach(a -> {
            if (a.hasNonNull("endedAt") && !a.get("canceled").asBoolean()) {
                ran.add(a.get("activityId").asText());
            }
        });
        var flows = diagram.get("takenFlows");
        assertThat(flows.get(0).get("sourceActivityId").asText()).isEqualTo(START);
        String previous = START;
        for (var flow : flows) {
            var source = flow.get("sourceActivityId").asText();
            assertThat(source.equals(previous) || ran.contains(source))
                    .as("%s leaves %s after %s", flow.get("flowId").asText(), source, previous)
                    .isTrue();
            previous = flow.get("targetActivityId").asText();
        }
        assertThat(previous).isEqualTo(end);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
