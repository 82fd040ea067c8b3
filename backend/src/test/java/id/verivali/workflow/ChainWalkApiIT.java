package id.verivali.workflow;

import static id.verivali.bpmn.HouseholdChange.TASK_APPLY_CHANGE;
import static id.verivali.bpmn.HouseholdChange.TIMER_WAIT_FOR_NEXT_CYCLE;
import static id.verivali.deliberation.DeliberationForm.PDF;
import static id.verivali.deliberation.DeliberationForm.PNG;
import static id.verivali.deliberation.DeliberationForm.deliberation;
import static id.verivali.deliberation.DeliberationForm.form;
import static id.verivali.deliberation.DeliberationForm.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import id.verivali.changerequest.ChangeRequestView;
import id.verivali.changerequest.Stage;
import id.verivali.deliberation.DeliberationForm;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Changes walked up the whole chain over HTTP as the demo accounts of Desa Teluk Empening, Kecamatan Terentang and
 * Kubu Raya do it: proposed by the village operator, checked in the field, decided by the village deliberation and the
 * kecamatan plenary (each with its signed minutes), verified and ratified by the district, and determined by the
 * minister's decree. Only the engine's jobs and the civil-registry worker are driven from here, as they do not run by
 * themselves in tests. Households are Teluk Empening's that no change has touched yet, taken as
 * {@link ChangeRequestProcessIT} takes them, so that no two changes ever share one.
 */
@IntegrationTest
@Import(ChangeDriver.class)
class ChainWalkApiIT {

    private static final String OPERATOR = ChangeDriver.PROPOSER;
    private static final String VILLAGE_HEAD = "kades-6112042002";
    private static final String CAMAT = "camat-611204";
    private static final String DISTRICT_OPERATOR = "dinsos-6112";
    private static final String DISTRICT_HEAD = "kadinsos-6112";
    private static final String MINISTRY = "pusdatin";

    private static final String RATIFICATION_LETTER = "400/131/DINSOS-KKR/2026";
    private static final LocalDate RATIFIED_ON = LocalDate.of(2026, 3, 20);
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Autowired
    Api api;

    @Autowired
    ChangeDriver driver;

    @BeforeEach
    void afterTheCutOff() {
        // The 20th, after the cut-off: what the district ratifies waits for April's cycle and its decree.
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-20T02:00:00Z")));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void a_household_whose_head_died_leaves_the_registry_once_every_level_and_the_decree_approve() {
        long household = driver.untouchedHouseholdIn(ChangeDriver.TELUK_EMPENING);
        assertThat(householdDetails(household).get("status").asText()).isEqualTo("ACTIVE");

        var change = proposeRemoval(household, "DECEASED", "Kepala rumah tangga meninggal dunia");
        long id = change.id();
        assertThat(change.stage()).isEqualTo(Stage.FIELD_CHECK);

        // The operator visits the house.
        complete(OPERATOR, change, Map.of("decision", "APPROVE", "note", "Dikunjungi; surat kematian dari desa ada"));
        assertThat(stageOf(change)).isEqualTo(Stage.VILLAGE_DELIBERATION);

        // The musdes decides it with its signed minutes.
        var musdes = deliberation(
                "VILLAGE",
                ChangeDriver.TELUK_EMPENING,
                item(inboxItem(VILLAGE_HEAD, change).get("id").asText(), "APPROVE", null));
        var village = hold(VILLAGE_HEAD, musdes, PDF, "ba-musdes-teluk-empening.pdf");
        assertThat(village.body().get("decisions"))
                .extracting(d -> d.get("changeRequestNumber").asText())
                .containsExactly(change.number());
        assertThat(stageOf(change)).isEqualTo(Stage.SUBDISTRICT_PLENARY);

        // The Camat's plenary, with its minutes.
        var plenary = deliberation(
                "SUBDISTRICT",
                ChangeDriver.TERENTANG,
                item(inboxItem(CAMAT, change).get("id").asText(), "APPROVE", null));
        plenary.put("place", "Kantor Camat Terentang");
        plenary.put("minutesNumber", "BA/%d/PLENO-TRT/2026".formatted(serial()));
        hold(CAMAT, plenary, PDF, "ba-pleno-terentang.pdf");
        assertThat(stageOf(change)).isEqualTo(Stage.DISTRICT_VERIFICATION);

        complete(DISTRICT_OPERATOR, change, Map.of("decision", "APPROVE"));
        assertThat(stageOf(change)).isEqualTo(Stage.DISTRICT_APPROVAL);
        complete(DISTRICT_HEAD, change, ratification());

        // Ratified after the cut-off: at the ministry, but out of Pusdatin's inbox until April's cycle opens.
        var waiting = api.as(OPERATOR).get("/api/change-requests/" + id).body();
        assertThat(waiting.get("stage").asText()).isEqualTo("MINISTRY_DETERMINATION");
        assertThat(Instant.parse(waiting.get("dueDate").asText())).isEqualTo(Instant.parse("2026-04-30T17:00:00Z"));
        assertThat(findInboxItem(MINISTRY, change)).isNull();
        driver.runJob(change, TIMER_WAIT_FOR_NEXT_CYCLE);

        // April's decree decides the cycle.
        var decree = deliberation(
                "MINISTRY", null, item(inboxItem(MINISTRY, change).get("id").asText(), "APPROVE", null));
        decree.put("place", "Kementerian Sosial, Jakarta");
        decree.put("minutesNumber", "%d/HUK/2026".formatted(serial()));
        hold(MINISTRY, decree, PNG, "kepmensos.png");
        assertThat(householdDetails(household).get("status").asText())
                .as("nothing is applied before the apply step runs")
                .isEqualTo("ACTIVE");
        driver.runJob(change, TASK_APPLY_CHANGE);

        var removed = householdDetails(household);
        assertThat(removed.get("status").asText()).isEqualTo("REMOVED");
        assertThat(removed.get("removalReason").asText()).isEqualTo("DECEASED");

        var done = api.as(OPERATOR).get("/api/change-requests/" + id);
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body().get("status").asText()).isEqualTo("APPROVED");
        assertThat(done.body().get("stage").asText()).isEqualTo("DONE");
        assertThat(done.body().get("appliedAt").asText()).isNotBlank();
        assertThat(done.body().get("decisions"))
                .extracting(
                        d -> d.get("stage").asText(),
                        d -> d.get("actor").asText(),
                        d -> d.get("decision").asText(),
                        d -> text(d, "reference"),
                        d -> text(d, "referenceDate"))
                .containsExactly(
                        tuple("FIELD_CHECK", OPERATOR, "APPROVE", null, null),
                        tuple("VILLAGE_DELIBERATION", VILLAGE_HEAD, "APPROVE", musdes.get("minutesNumber"), today()),
                        tuple("SUBDISTRICT_PLENARY", CAMAT, "APPROVE", plenary.get("minutesNumber"), today()),
                        tuple("DISTRICT_VERIFICATION", DISTRICT_OPERATOR, "APPROVE", null, null),
                        tuple(
                                "DISTRICT_APPROVAL",
                                DISTRICT_HEAD,
                                "APPROVE",
                                RATIFICATION_LETTER,
                                RATIFIED_ON.toString()),
                        tuple("MINISTRY_DETERMINATION", MINISTRY, "APPROVE", decree.get("minutesNumber"), today()));
        assertThat(done.body().at("/decisions/0/note").asText()).isEqualTo("Dikunjungi; surat kematian dari desa ada");
    }

    @Test
    void a_change_the_district_returns_comes_back_to_the_camat_with_the_reason_and_goes_up_again() {
        long household = driver.untouchedHouseholdIn(ChangeDriver.TELUK_EMPENING);
        var change = proposeRemoval(household, "MOVED", "Pindah ke Kota Pontianak");
        complete(OPERATOR, change, Map.of("decision", "APPROVE"));
        complete(VILLAGE_HEAD, change, Map.of("decision", "APPROVE"));
        var firstPlenaryTask = inboxItem(CAMAT, change).get("id").asText();
        complete(CAMAT, change, Map.of("decision", "APPROVE"));
        assertThat(stageOf(change)).isEqualTo(Stage.DISTRICT_VERIFICATION);

        var reason = "Berita acara pleno belum ditandatangani Camat";
        complete(DISTRICT_OPERATOR, change, Map.of("decision", "RETURN", "reason", reason));

        assertThat(stageOf(change)).isEqualTo(Stage.SUBDISTRICT_PLENARY);
        assertThat(findInboxItem(DISTRICT_OPERATOR, change)).isNull();
        var again = inboxItem(CAMAT, change);
        assertThat(again.get("id").asText()).isNotEqualTo(firstPlenaryTask);
        assertThat(again.get("stage").asText()).isEqualTo("SUBDISTRICT_PLENARY");
        assertThat(again.get("decisions")).extracting(JsonNode::asText).contains("APPROVE", "RETURN");
        // The inbox item leads to the change, whose latest decision says why it came back.
        var returned = api.as(CAMAT)
                .get("/api/change-requests/" + again.get("changeRequestId").asLong());
        assertThat(returned.status()).isEqualTo(200);
        var decisions = returned.body().get("decisions");
        var last = decisions.get(decisions.size() - 1);
        assertThat(last.get("decision").asText()).isEqualTo("RETURN");
        assertThat(last.get("actor").asText()).isEqualTo(DISTRICT_OPERATOR);
        assertThat(last.get("stage").asText()).isEqualTo("DISTRICT_VERIFICATION");
        assertThat(last.get("reason").asText()).isEqualTo(reason);

        complete(CAMAT, change, Map.of("decision", "APPROVE", "note", "Berita acara sudah ditandatangani"));
        complete(DISTRICT_OPERATOR, change, Map.of("decision", "APPROVE"));
        complete(DISTRICT_HEAD, change, ratification());
        driver.runJob(change, TIMER_WAIT_FOR_NEXT_CYCLE);
        var decree = "%d/HUK/2026".formatted(serial());
        complete(MINISTRY, change, Map.of("decision", "APPROVE", "reference", decree, "referenceDate", "2026-04-28"));
        driver.runJob(change, TASK_APPLY_CHANGE);

        var done = api.as(OPERATOR).get("/api/change-requests/" + change.id()).body();
        assertThat(done.get("status").asText()).isEqualTo("APPROVED");
        assertThat(done.get("decisions"))
                .extracting(
                        d -> d.get("stage").asText(),
                        d -> d.get("actor").asText(),
                        d -> d.get("decision").asText(),
                        d -> text(d, "reason"))
                .containsExactly(
                        tuple("FIELD_CHECK", OPERATOR, "APPROVE", null),
                        tuple("VILLAGE_DELIBERATION", VILLAGE_HEAD, "APPROVE", null),
                        tuple("SUBDISTRICT_PLENARY", CAMAT, "APPROVE", null),
                        tuple("DISTRICT_VERIFICATION", DISTRICT_OPERATOR, "RETURN", reason),
                        tuple("SUBDISTRICT_PLENARY", CAMAT, "APPROVE", null),
                        tuple("DISTRICT_VERIFICATION", DISTRICT_OPERATOR, "APPROVE", null),
                        tuple("DISTRICT_APPROVAL", DISTRICT_HEAD, "APPROVE", null),
                        tuple("MINISTRY_DETERMINATION", MINISTRY, "APPROVE", null));
        assertThat(text(done.at("/decisions/7"), "reference")).isEqualTo(decree);
        var removed = householdDetails(household);
        assertThat(removed.get("status").asText()).isEqualTo("REMOVED");
        assertThat(removed.get("removalReason").asText()).isEqualTo("MOVED");
    }

    /** The village operator proposes to take the household off the list; its checks then run. */
    private ChangeRequestView proposeRemoval(long household, String removalReason, String reason) {
        var proposed = api.as(OPERATOR)
                .post(
                        "/api/change-requests",
                        Map.of(
                                "type", "REMOVE_HOUSEHOLD",
                                "householdId", household,
                                "removalReason", removalReason,
                                "reason", reason));
        assertThat(proposed.status()).as(proposed.body().toString()).isEqualTo(201);
        assertThat(proposed.body().get("stage").asText()).isEqualTo("CHECKS");
        return driver.check(driver.changes.get(proposed.body().get("id").asLong()));
    }

    private static Map<String, Object> ratification() {
        return Map.of("decision", "APPROVE", "reference", RATIFICATION_LETTER, "referenceDate", RATIFIED_ON.toString());
    }

    /** The official takes the change's task from their inbox and decides it. */
    private void complete(String official, ChangeRequestView change, Map<String, ?> decision) {
        var taskId = inboxItem(official, change).get("id").asText();
        var decided = api.as(official).post("/api/tasks/" + taskId + "/complete", decision);
        assertThat(decided.status()).as(official + ": " + decided.body()).isEqualTo(200);
    }

    private Api.Response hold(String chair, Map<String, Object> request, byte[] minutes, String filename) {
        var held = api.as(chair).postMultipart(DeliberationForm.PATH, form(request, minutes, filename));
        assertThat(held.status()).as(chair + ": " + held.body()).isEqualTo(201);
        driver.applyDecisions();
        return held;
    }

    private JsonNode inboxItem(String official, ChangeRequestView change) {
        var item = findInboxItem(official, change);
        assertThat(item).as("%s in the inbox of %s", change.number(), official).isNotNull();
        return item;
    }

    /** The change's task among the official's open tasks, page by page. */
    private JsonNode findInboxItem(String official, ChangeRequestView change) {
        for (int page = 0; ; page++) {
            var inbox = api.as(official).get("/api/tasks?size=100&page=" + page);
            assertThat(inbox.status()).isEqualTo(200);
            for (var item : inbox.body().get("content")) {
                if (item.get("changeRequestId").asLong() == change.id()) {
                    return item;
                }
            }
            if (page + 1 >= inbox.body().get("totalPages").asInt()) {
                return null;
            }
        }
    }

    private JsonNode householdDetails(long id) {
        var household = api.as(OPERATOR).get("/api/households/" + id);
        assertThat(household.status()).isEqualTo(200);
        return household.body();
    }

    private Stage stageOf(ChangeRequestView change) {
        return Stage.valueOf(api.as(OPERATOR)
                .get("/api/change-requests/" + change.id())
                .body()
                .get("stage")
                .asText());
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static String today() {
        return LocalDate.now(WIB).toString();
    }

    private static int serial() {
        return ThreadLocalRandom.current().nextInt(100, 999);
    }
}
