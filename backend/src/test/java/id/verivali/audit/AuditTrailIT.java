package id.verivali.audit;

import static id.verivali.bpmn.HouseholdChange.TASK_APPLY_CHANGE;
import static id.verivali.bpmn.HouseholdChange.TIMER_WAIT_FOR_NEXT_CYCLE;
import static id.verivali.deliberation.DeliberationForm.PDF;
import static id.verivali.deliberation.DeliberationForm.deliberation;
import static id.verivali.deliberation.DeliberationForm.form;
import static id.verivali.deliberation.DeliberationForm.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.verivali.changerequest.ChangeRequestView;
import id.verivali.changerequest.Stage;
import id.verivali.deliberation.DeliberationForm;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.Relationship;
import id.verivali.household.Sex;
import id.verivali.security.AccountService;
import id.verivali.security.NewAccount;
import id.verivali.security.Role;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import id.verivali.workflow.ChangeDriver;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Each kind of event lands in the log with its actor, subject, region and details, whichever way it happens: over
 * the API, in a deliberation, through the engine or by the process itself. Changes are proposed in Kecamatan Sungai
 * Kakap (61.12.09), in the village with the most households no change has touched yet.
 */
@IntegrationTest
@Import(ChangeDriver.class)
class AuditTrailIT {

    private static final String SUNGAI_KAKAP = "61.12.09";
    private static final String CAMAT = "camat-611209";
    /** An account only this suite signs in to wrongly, well below the throttle's five failures. */
    private static final String GUESSED_ACCOUNT = "tksk-611205";
    /** An account only this suite locks out: the wait outlives the test. */
    private static final String LOCKED_OUT_ACCOUNT = "tksk-611206";

    @Autowired
    Api api;

    @Autowired
    ChangeDriver driver;

    @Autowired
    AuditLog audit;

    @Autowired
    AccountService accounts;

    @Autowired
    ObjectMapper json;

    private String village;
    private String operator;
    private String villageHead;

    @BeforeEach
    void inSungaiKakap() {
        village = driver.villagesByUntouchedHouseholds(SUNGAI_KAKAP).get(0);
        operator = "op-" + digits(village);
        villageHead = "kades-" + digits(village);
        // The 20th: what the district approves waits for next month's cycle.
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-20T02:00:00Z")));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void a_change_leaves_its_proposal_every_decision_its_deliberation_and_the_household_before_and_after() {
        long household = driver.untouchedHouseholdIn(village);
        var oldAddress = (String) driver.householdRow(household).get("ADDRESS");
        var proposed = api.as(operator)
                .post(
                        "/api/change-requests",
                        Map.of(
                                "type", "UPDATE",
                                "householdId", household,
                                "update", Map.of("address", "Jl. Parit Baru No. 7"),
                                "reason", "Pindah rumah dalam desa",
                                "note", "Alamat baru dari Ketua RT"));
        assertThat(proposed.status()).as(proposed.body().toString()).isEqualTo(201);
        var change = driver.check(driver.changes.get(proposed.body().get("id").asLong()));

        complete(operator, change, Map.of("decision", "APPROVE", "note", "Dikunjungi, rumah baru sudah ditempati"));
        var musdes = deliberation("VILLAGE", village, item(inboxItem(villageHead, change), "APPROVE", null));
        var held = api.as(villageHead).postMultipart(DeliberationForm.PATH, form(musdes, PDF, "ba-musdes.pdf"));
        assertThat(held.status()).as(held.body().toString()).isEqualTo(201);
        driver.applyDecisions();
        toTheRegistry(change);

        var events = audit.about(AuditSubjects.CHANGE_REQUEST, change.id().toString());
        assertThat(events)
                .extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::regionCode)
                .containsExactly(
                        tuple(AuditAction.CHANGE_PROPOSED, operator, village),
                        tuple(AuditAction.TASK_DECIDED, operator, village),
                        tuple(AuditAction.TASK_DECIDED, villageHead, village),
                        tuple(AuditAction.TASK_DECIDED, CAMAT, village),
                        tuple(AuditAction.TASK_DECIDED, "dinsos-6112", village),
                        tuple(AuditAction.TASK_DECIDED, "kadinsos-6112", village),
                        tuple(AuditAction.TASK_DECIDED, "pusdatin", village),
                        tuple(AuditAction.CHANGE_APPLIED, AuditLog.SYSTEM, village));

        var proposal = details(events.get(0));
        assertThat(proposal.get("number").asText()).isEqualTo(change.number());
        assertThat(proposal.get("type").asText()).isEqualTo("UPDATE");
        assertThat(proposal.get("reason").asText()).isEqualTo("Pindah rumah dalam desa");
        assertThat(proposal.get("note").asText()).isEqualTo("Alamat baru dari Ketua RT");
        assertThat(proposal.get("householdId").asLong()).isEqualTo(household);
        assertThat(proposal.at("/payload/update/address").asText()).isEqualTo("Jl. Parit Baru No. 7");

        assertThat(events.subList(1, 7))
                .extracting(
                        e -> details(e).get("stage").asText(),
                        e -> details(e).get("decision").asText())
                .containsExactly(
                        tuple("FIELD_CHECK", "APPROVE"),
                        tuple("VILLAGE_DELIBERATION", "APPROVE"),
                        tuple("SUBDISTRICT_PLENARY", "APPROVE"),
                        tuple("DISTRICT_VERIFICATION", "APPROVE"),
                        tuple("DISTRICT_APPROVAL", "APPROVE"),
                        tuple("MINISTRY_DETERMINATION", "APPROVE"));
        assertThat(details(events.get(1)).get("note").asText()).isEqualTo("Dikunjungi, rumah baru sudah ditempati");
        var byDeliberation = details(events.get(2));
        assertThat(byDeliberation.get("reference").asText()).isEqualTo(musdes.get("minutesNumber"));
        assertThat(byDeliberation.get("referenceDate").asText()).isEqualTo(musdes.get("heldOn"));
        assertThat(details(events.get(5)).get("reference").asText()).isEqualTo("400/117/DINSOS-KKR/2026");

        var applied = details(events.get(7));
        assertThat(applied.get("number").asText()).isEqualTo(change.number());
        assertThat(applied.at("/before/id").asLong()).isEqualTo(household);
        assertThat(applied.at("/before/address").asText()).isEqualTo(oldAddress);
        assertThat(applied.at("/after/address").asText()).isEqualTo("Jl. Parit Baru No. 7");
        assertThat(applied.at("/after/status").asText()).isEqualTo("ACTIVE");
        assertThat(applied.at("/after/villageCode").asText()).isEqualTo(village);
        assertThat(applied.at("/after/welfare").has("houseOwnership")).isTrue();
        // Full NIKs, as they are on the registry: the log is for auditors.
        assertThat(applied.at("/after/members"))
                .extracting(m -> m.get("nik").asText())
                .containsExactlyElementsOf(driver.memberRows(household).stream()
                        .map(row -> (String) row.get("NIK"))
                        .toList());

        long deliberationId = held.body().get("id").asLong();
        var deliberationEvents = audit.about(AuditSubjects.DELIBERATION, Long.toString(deliberationId));
        assertThat(deliberationEvents)
                .extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::regionCode)
                .containsExactly(tuple(AuditAction.DELIBERATION_HELD, villageHead, village));
        var minutes = details(deliberationEvents.get(0));
        assertThat(minutes.get("level").asText()).isEqualTo("VILLAGE");
        assertThat(minutes.get("heldOn").asText()).isEqualTo(musdes.get("heldOn"));
        assertThat(minutes.get("place").asText()).isEqualTo("Balai Desa");
        assertThat(minutes.get("minutesNumber").asText()).isEqualTo(musdes.get("minutesNumber"));
        assertThat(minutes.get("minutesSha256").asText()).isEqualTo(sha256(PDF));
        assertThat(minutes.get("minutesDocumentId").asLong()).isPositive();
        assertThat(minutes.get("attendees"))
                .extracting(JsonNode::asText)
                .containsExactly("Kepala Desa", "Ketua BPD", "TKSK");
        assertThat(minutes.get("decisions"))
                .extracting(
                        d -> d.get("changeRequestId").asLong(),
                        d -> d.get("number").asText(),
                        d -> d.get("decision").asText())
                .containsExactly(tuple(change.id(), change.number(), "APPROVE"));
    }

    @Test
    void a_new_household_applied_to_the_registry_had_nothing_before() {
        var head = adultNotOnTheList(village);
        var change = driver.check(driver.proposeNewHousehold(driver.newHouseholdIn(village, List.of(head))));
        assertThat(change.stage()).isEqualTo(Stage.FIELD_CHECK);

        toTheRegistry(change);

        var applied = audit.about(AuditSubjects.CHANGE_REQUEST, change.id().toString()).stream()
                .filter(e -> e.action() == AuditAction.CHANGE_APPLIED)
                .toList();
        assertThat(applied).hasSize(1);
        var details = details(applied.get(0));
        assertThat(details.has("before")).isTrue();
        assertThat(details.get("before").isNull()).isTrue();
        assertThat(details.at("/after/id").asLong())
                .isEqualTo(driver.reload(change).householdId());
        assertThat(details.at("/after/members"))
                .extracting(
                        m -> m.get("nik").asText(), m -> m.get("relationship").asText())
                .containsExactly(tuple(head.nik(), "HEAD"));
    }

    @Test
    void the_proposer_withdrawing_is_recorded_and_a_refused_withdrawal_is_not() {
        var change = driver.check(driver.proposeReverification(driver.untouchedHouseholdIn(village)));

        assertThat(api.as(villageHead)
                        .post("/api/change-requests/" + change.id() + "/withdraw", null)
                        .status())
                .isEqualTo(403);
        var withdrawn = api.as(operator).post("/api/change-requests/" + change.id() + "/withdraw", null);
        assertThat(withdrawn.status()).as(withdrawn.body().toString()).isEqualTo(200);

        var events = audit.about(AuditSubjects.CHANGE_REQUEST, change.id().toString());
        assertThat(events)
                .extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::regionCode)
                .containsExactly(
                        tuple(AuditAction.CHANGE_PROPOSED, operator, village),
                        tuple(AuditAction.CHANGE_WITHDRAWN, operator, village));
        assertThat(details(events.get(0)).get("type").asText()).isEqualTo("REVERIFY");
        assertThat(details(events.get(1)).get("number").asText()).isEqualTo(change.number());
        assertThat(details(events.get(1)).get("stage").asText()).isEqualTo("FIELD_CHECK");
    }

    @Test
    void a_browser_sign_in_and_every_refused_sign_in_are_recorded_without_the_password() {
        long before = lastId();
        var browser = api.browser();
        assertThat(browser.login(operator, Api.DEMO_PASSWORD).status()).isEqualTo(200);
        assertThat(api.as(operator).get("/api/me").status()).isEqualTo(200);
        assertThat(api.browser().login(GUESSED_ACCOUNT, "Tebakan-Pertama-1").status())
                .isEqualTo(401);
        assertThat(api.as(GUESSED_ACCOUNT, "Tebakan-Kedua-2").get("/api/me").status())
                .isEqualTo(401);
        var stranger = "bukan-akun-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        assertThat(api.browser().login(stranger, "Tebakan-Ketiga-3").status()).isEqualTo(401);

        var events = since(before, AuditAction.SIGNED_IN, AuditAction.SIGN_IN_FAILED);
        assertThat(events)
                .extracting(
                        AuditEntry::action,
                        AuditEntry::actor,
                        AuditEntry::subjectType,
                        AuditEntry::subjectId,
                        AuditEntry::regionCode,
                        AuditEntry::details)
                .containsExactly(
                        tuple(
                                AuditAction.SIGNED_IN,
                                operator,
                                "account",
                                operator,
                                village,
                                "{\"role\":\"VILLAGE_OPERATOR\"}"),
                        tuple(
                                AuditAction.SIGN_IN_FAILED,
                                GUESSED_ACCOUNT,
                                "account",
                                GUESSED_ACCOUNT,
                                null,
                                "{\"reason\":\"BAD_CREDENTIALS\"}"),
                        tuple(
                                AuditAction.SIGN_IN_FAILED,
                                GUESSED_ACCOUNT,
                                "account",
                                GUESSED_ACCOUNT,
                                null,
                                "{\"reason\":\"BAD_CREDENTIALS\"}"),
                        tuple(
                                AuditAction.SIGN_IN_FAILED,
                                stranger,
                                "account",
                                stranger,
                                null,
                                "{\"reason\":\"BAD_CREDENTIALS\"}"));
    }

    @Test
    void sign_ins_refused_while_an_account_must_wait_are_recorded_as_locked() {
        long before = lastId();
        var browser = api.browser();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(browser.login(LOCKED_OUT_ACCOUNT, "tebakan-" + attempt).status())
                    .isEqualTo(401);
        }

        assertThat(browser.login(LOCKED_OUT_ACCOUNT, Api.DEMO_PASSWORD).status())
                .isEqualTo(429);
        assertThat(api.as(LOCKED_OUT_ACCOUNT).get("/api/me").status()).isEqualTo(429);

        assertThat(since(before, AuditAction.SIGNED_IN, AuditAction.SIGN_IN_FAILED))
                .extracting(AuditEntry::actor, AuditEntry::details)
                .containsExactly(
                        tuple(LOCKED_OUT_ACCOUNT, "{\"reason\":\"BAD_CREDENTIALS\"}"),
                        tuple(LOCKED_OUT_ACCOUNT, "{\"reason\":\"BAD_CREDENTIALS\"}"),
                        tuple(LOCKED_OUT_ACCOUNT, "{\"reason\":\"BAD_CREDENTIALS\"}"),
                        tuple(LOCKED_OUT_ACCOUNT, "{\"reason\":\"BAD_CREDENTIALS\"}"),
                        tuple(LOCKED_OUT_ACCOUNT, "{\"reason\":\"BAD_CREDENTIALS\"}"),
                        tuple(LOCKED_OUT_ACCOUNT, "{\"reason\":\"LOCKED\"}"),
                        tuple(LOCKED_OUT_ACCOUNT, "{\"reason\":\"LOCKED\"}"));
    }

    @Test
    void an_administrators_engine_operations_are_recorded_and_reads_and_refused_requests_are_not() {
        long before = lastId();

        var counted = api.as("admin").post("/engine-rest/process-instance/count", Map.of());
        assertThat(counted.status()).isEqualTo(200);
        var unknownMessage = api.as("admin").post("/engine-rest/message", Map.of("messageName", "Tidak_Ada"));
        assertThat(unknownMessage.status()).isEqualTo(400);
        assertThat(api.as("admin").get("/engine-rest/engine").status()).isEqualTo(200);
        assertThat(api.as(operator)
                        .post("/engine-rest/process-instance/count", Map.of())
                        .status())
                .isEqualTo(403);

        var events = since(before, AuditAction.ENGINE_OPERATION);
        assertThat(events)
                .extracting(AuditEntry::actor, AuditEntry::subjectType, AuditEntry::subjectId, AuditEntry::regionCode)
                .containsOnly(tuple("admin", null, null, null));
        assertThat(events)
                .extracting(AuditEntry::details)
                .containsExactly(
                        "{\"method\":\"POST\",\"path\":\"/engine-rest/process-instance/count\",\"status\":200}",
                        "{\"method\":\"POST\",\"path\":\"/engine-rest/message\",\"status\":400}");
    }

    @Test
    void a_new_account_is_recorded_with_who_made_it_and_no_password() {
        var username = "pemeriksa-uji-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

        assertThat(accounts.createMissing(List.of(
                        new NewAccount(username, "Pemeriksa Uji", Role.AUDITOR, SUNGAI_KAKAP, "Rahasia-Sekali-9"))))
                .isEqualTo(1);

        assertThat(audit.about(AuditSubjects.ACCOUNT, username))
                .extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::regionCode, AuditEntry::details)
                .containsExactly(tuple(
                        AuditAction.ACCOUNT_CHANGED,
                        AuditLog.SYSTEM,
                        SUNGAI_KAKAP,
                        "{\"change\":\"CREATED\",\"role\":\"AUDITOR\",\"fullName\":\"Pemeriksa Uji\"}"));
    }

    /** Up the rest of the chain to the decree, past the wait for the cycle, and onto the registry. */
    private void toTheRegistry(ChangeRequestView change) {
        var atMinistry = driver.approveUpTo(change, Stage.MINISTRY_DETERMINATION);
        driver.runJob(atMinistry, TIMER_WAIT_FOR_NEXT_CYCLE);
        driver.decide(atMinistry, ChangeDriver.approvalAt(Stage.MINISTRY_DETERMINATION));
        driver.runJob(atMinistry, TASK_APPLY_CHANGE);
        assertThat(driver.reload(change).appliedAt()).isNotNull();
    }

    private void complete(String official, ChangeRequestView change, Map<String, ?> decision) {
        var decided = api.as(official).post("/api/tasks/" + inboxItem(official, change) + "/complete", decision);
        assertThat(decided.status()).as(official + ": " + decided.body()).isEqualTo(200);
    }

    /** The id of the change's task in the official's inbox. */
    private String inboxItem(String official, ChangeRequestView change) {
        var inbox = api.as(official).get("/api/tasks?size=100");
        assertThat(inbox.status()).isEqualTo(200);
        for (var item : inbox.body().get("content")) {
            if (item.get("changeRequestId").asLong() == change.id()) {
                return item.get("id").asText();
            }
        }
        throw new AssertionError(change.number() + " is not in the inbox of " + official);
    }

    /** A resident the civil registry knows and the list does not, as the head of a new household. */
    private NewMember adultNotOnTheList(String villageCode) {
        return driver.jdbc.queryForObject(
                """
                select nik, name, birth_date, sex from population
                where nik = (select min(p.nik) from population p
                             where p.village_code = ? and p.status = 'ALIVE' and p.birth_date < ?
                               and not exists (select 1 from household_member m where m.nik = p.nik))""",
                (rs, row) -> new NewMember(
                        rs.getString("nik"),
                        rs.getString("name"),
                        rs.getDate("birth_date").toLocalDate(),
                        Sex.valueOf(rs.getString("sex")),
                        Relationship.HEAD),
                villageCode,
                LocalDate.of(1996, 1, 1));
    }

    private long lastId() {
        return driver.jdbc.queryForObject("select last_id from audit_chain where id = 1", Long.class);
    }

    /** The events of these kinds recorded after the one with this id, oldest first. */
    private List<AuditEntry> since(long id, AuditAction... actions) {
        var kinds = List.of(actions).stream().map(Enum::name).toList();
        return driver
                .jdbc
                .query(
                        "select " + AuditEntry.COLUMNS + " from audit_event where id > ? order by id",
                        AuditEntry.ROWS,
                        id)
                .stream()
                .filter(e -> kinds.contains(e.action().name()))
                .toList();
    }

    private JsonNode details(AuditEntry event) {
        try {
            return json.readTree(event.details());
        } catch (JsonProcessingException notJson) {
            throw new AssertionError(event.details(), notJson);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (Exception noSha256) {
            throw new IllegalStateException(noSha256);
        }
    }

    private static String digits(String regionCode) {
        return regionCode.replace(".", "");
    }
}
