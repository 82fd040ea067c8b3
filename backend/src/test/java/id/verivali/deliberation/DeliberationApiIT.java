package id.verivali.deliberation;

import static id.verivali.bpmn.HouseholdChange.TASK_APPLY_CHANGE;
import static id.verivali.bpmn.HouseholdChange.TIMER_WAIT_FOR_NEXT_CYCLE;
import static id.verivali.deliberation.DeliberationForm.JPEG;
import static id.verivali.deliberation.DeliberationForm.PATH;
import static id.verivali.deliberation.DeliberationForm.PDF;
import static id.verivali.deliberation.DeliberationForm.PNG;
import static id.verivali.deliberation.DeliberationForm.deliberation;
import static id.verivali.deliberation.DeliberationForm.form;
import static id.verivali.deliberation.DeliberationForm.item;
import static id.verivali.deliberation.DeliberationForm.parts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.verivali.changerequest.ChangeRequestView;
import id.verivali.changerequest.ChangeStatus;
import id.verivali.changerequest.Decision;
import id.verivali.changerequest.DecisionView;
import id.verivali.changerequest.Stage;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.Relationship;
import id.verivali.household.RemovalReason;
import id.verivali.household.Sex;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import id.verivali.workflow.ChangeDriver;
import id.verivali.workflow.TaskDecision;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;

/**
 * Deliberations over real HTTP with the demo accounts. Changes are proposed in Kecamatan Kubu, where no other suite
 * works, each test in the village with the most households still untouched, so that runs on one database never run
 * out of them.
 */
@IntegrationTest
@Import(ChangeDriver.class)
class DeliberationApiIT {

    private static final String KUBU = "61.12.06";
    private static final String CAMAT_KUBU = "camat-611206";
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Autowired
    Api api;

    @Autowired
    ChangeDriver driver;

    @Autowired
    RuntimeService runtime;

    private String village;

    @BeforeEach
    void takeTheVillageWithTheMostUntouchedHouseholds() {
        village = driver.villagesByUntouchedHouseholds(KUBU).get(0);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void a_village_deliberation_decides_several_changes_at_once_and_keeps_the_minutes_hash() {
        var approved = waitingForDeliberation();
        var rejected = waitingForDeliberation();
        var deferred = waitingForDeliberation();
        var deferredTask = taskOf(deferred);
        var request = deliberation(
                "VILLAGE",
                village,
                item(taskOf(approved), "APPROVE", null),
                item(taskOf(rejected), "REJECT", "Sudah pindah ke Pontianak sejak 2024"),
                item(deferredTask, "DEFER", null));

        var held = api.as(kadesOf(village)).postMultipart(PATH, form(request, PDF, "ba-musdes.pdf"));

        assertThat(held.status()).isEqualTo(201);
        var body = held.body();
        // Recorded at once and out of the village head's inbox; the engine applies the decisions in jobs of its own.
        assertThat(body.get("applying").asInt()).isEqualTo(3);
        assertThat(driver.reload(approved).stage()).isEqualTo(Stage.VILLAGE_DELIBERATION);
        assertThat(api.as(kadesOf(village)).get("/api/tasks?size=100").body().get("content"))
                .extracting(task -> task.get("taskId").asText())
                .doesNotContain(taskOf(approved), deferredTask);
        assertThat(driver.applyDecisions()).isEqualTo(3);
        assertThat(held.headers().getLocation())
                .hasPath("/api/deliberations/" + body.get("id").asLong());
        assertThat(body.get("level").asText()).isEqualTo("VILLAGE");
        assertThat(body.at("/region/code").asText()).isEqualTo(village);
        assertThat(body.at("/region/name").asText()).isNotBlank();
        assertThat(body.get("minutesNumber").asText()).isEqualTo(request.get("minutesNumber"));
        assertThat(body.get("attendees"))
                .extracting(JsonNode::asText)
                .containsExactly("Kepala Desa", "Ketua BPD", "TKSK");
        assertThat(body.at("/minutes/sha256").asText()).isEqualTo(sha256(PDF));
        assertThat(body.at("/minutes/sizeBytes").asLong()).isEqualTo(PDF.length);
        assertThat(body.at("/minutes/filename").asText()).isEqualTo("ba-musdes.pdf");
        assertThat(body.at("/minutes/contentType").asText()).isEqualTo("application/pdf");
        assertThat(body.get("decisions"))
                .extracting(d -> d.get("changeRequestNumber").asText())
                .containsExactly(approved.number(), rejected.number(), deferred.number());
        assertThat(body.at("/decisions/1/reason").asText()).isEqualTo("Sudah pindah ke Pontianak sejak 2024");
        assertThat(body.at("/decisions/1/changeType").asText()).isEqualTo("REVERIFY");
        var household = driver.jdbc.queryForMap(
                "select address, rt, rw, village_code from household where id = ?", rejected.householdId());
        assertThat(body.at("/decisions/1/household/headName").asText())
                .isEqualTo(driver.jdbc.queryForObject(
                        "select name from household_member where household_id = ? and relationship = 'HEAD'"
                                + " order by id limit 1",
                        String.class,
                        rejected.householdId()));
        assertThat(body.at("/decisions/1/household/address").asText()).isEqualTo(household.get("address"));
        assertThat(body.at("/decisions/1/household/rt").asText()).isEqualTo(household.get("rt"));
        assertThat(body.at("/decisions/1/household/rw").asText()).isEqualTo(household.get("rw"));
        assertThat(body.at("/decisions/1/household/villageCode").asText()).isEqualTo(village);
        assertThat(body.at("/decisions/1/household/villageName").asText())
                .isEqualTo(body.at("/region/name").asText());
        // The BNBA is posted publicly: no NIK of the households decided on.
        assertThat(body.toString())
                .doesNotContain(driver.jdbc
                        .queryForList(
                                "select nik from household_member where household_id = ?",
                                String.class,
                                rejected.householdId())
                        .toArray(String[]::new));

        assertThat(driver.reload(approved).stage()).isEqualTo(Stage.SUBDISTRICT_PLENARY);
        assertThat(driver.reload(rejected))
                .extracting(ChangeRequestView::status, ChangeRequestView::stage)
                .containsExactly(ChangeStatus.REJECTED, Stage.DONE);
        // Deferred to the next deliberation: a new task of the same stage.
        assertThat(driver.reload(deferred).stage()).isEqualTo(Stage.VILLAGE_DELIBERATION);
        assertThat(taskOf(deferred)).isNotEqualTo(deferredTask);
        assertThat(driver.changes.decisions(approved.id()))
                .last()
                .extracting(
                        DecisionView::stage, DecisionView::actor, DecisionView::reference, DecisionView::referenceDate)
                .containsExactly(
                        Stage.VILLAGE_DELIBERATION,
                        kadesOf(village),
                        request.get("minutesNumber"),
                        LocalDate.parse((String) request.get("heldOn")));
        assertThat(driver.changes.decisions(deferred.id()))
                .last()
                .extracting(DecisionView::decision)
                .isEqualTo(Decision.DEFER);

        var id = body.get("id").asLong();
        // The change's page links the decision to the deliberation that took it, not the field check taken alone.
        var decisions = api.as(kadesOf(village))
                .get("/api/change-requests/" + rejected.id())
                .body()
                .get("decisions");
        assertThat(decisions.get(decisions.size() - 1).get("deliberationId").asLong())
                .isEqualTo(id);
        assertThat(decisions.get(0).get("stage").asText()).isEqualTo("FIELD_CHECK");
        assertThat(decisions.get(0).has("deliberationId")).isFalse();
        var again = api.as(kadesOf(village)).get("/api/deliberations/" + id);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("applying").asInt()).isZero();
        assertThat(again.body()).isEqualTo(((ObjectNode) body.deepCopy()).put("applying", 0));
        var newest = api.as(kadesOf(village)).get("/api/deliberations?size=5");
        assertThat(newest.body().at("/content/0/id").asLong()).isEqualTo(id);
        assertThat(newest.body().at("/content/0/decisionCount").asInt()).isEqualTo(3);
        var file = api.as(kadesOf(village)).download("/api/deliberations/" + id + "/minutes");
        assertThat(file.getStatusCode().value()).isEqualTo(200);
        assertThat(file.getBody()).isEqualTo(PDF);
        assertThat(file.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(file.getHeaders().getETag()).isEqualTo('"' + sha256(PDF) + '"');
        assertThat(file.getHeaders().getFirst("Repr-Digest")).startsWith("sha-256=:");
    }

    @Test
    void the_bnba_is_the_legal_record_naming_each_head_with_nik_and_kk_and_records_who_read_it() {
        var kept = waitingForDeliberation();
        var removal = driver.approveUpTo(
                driver.check(driver.proposeRemoval(driver.untouchedHouseholdIn(village), RemovalReason.MOVED)),
                Stage.VILLAGE_DELIBERATION);
        var request = deliberation(
                "VILLAGE", village, item(taskOf(kept), "APPROVE", null), item(taskOf(removal), "APPROVE", null));
        var id = hold(kadesOf(village), request, PDF, "ba.pdf").body().get("id").asLong();

        var bnba = api.as(CAMAT_KUBU).get("/api/deliberations/" + id + "/bnba");

        assertThat(bnba.status()).isEqualTo(200);
        var body = bnba.body();
        assertThat(body.get("minutesNumber").asText()).isEqualTo(request.get("minutesNumber"));
        assertThat(body.get("heldOn").asText()).isEqualTo(request.get("heldOn"));
        assertThat(body.get("letterhead"))
                .extracting(
                        line -> line.get("level").asText(),
                        line -> line.get("code").asText())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PROVINCE", "61"),
                        org.assertj.core.groups.Tuple.tuple("DISTRICT", "61.12"),
                        org.assertj.core.groups.Tuple.tuple("SUBDISTRICT", KUBU),
                        org.assertj.core.groups.Tuple.tuple("VILLAGE", village));
        assertThat(body.get("letterhead"))
                .allSatisfy(line -> assertThat(line.get("name").asText()).isNotBlank());
        // The official's name as on the account, not the username.
        assertThat(body.at("/chair/username").asText()).isEqualTo(kadesOf(village));
        assertThat(body.at("/chair/role").asText()).isEqualTo("VILLAGE_HEAD");
        assertThat(body.at("/chair/fullName").asText())
                .isEqualTo(driver.jdbc.queryForObject(
                        "select full_name from app_user where username = ?", String.class, kadesOf(village)))
                .isNotEqualTo(kadesOf(village));
        assertThat(body.get("attendees")).extracting(JsonNode::asText).contains("Ketua BPD");
        var rows = body.get("rows");
        assertThat(rows)
                .extracting(row -> row.get("changeRequestNumber").asText())
                .containsExactly(kept.number(), removal.number());
        for (var change : List.of(kept, removal)) {
            var row = rows.get(change == kept ? 0 : 1);
            assertThat(row.get("kkNumber").asText())
                    .isEqualTo(driver.householdRow(change.householdId()).get("kk_number"));
            assertThat(row.get("headNik").asText())
                    .isEqualTo(driver.jdbc.queryForObject(
                            "select nik from household_member where household_id = ? and relationship = 'HEAD'"
                                    + " order by id limit 1",
                            String.class,
                            change.householdId()));
            assertThat(row.get("decision").asText()).isEqualTo("APPROVE");
            assertThat(row.get("villageName").asText())
                    .isEqualTo(body.at("/letterhead/3/name").asText());
        }
        assertThat(rows.at("/0/removalReason").isNull()
                        || rows.at("/0/removalReason").isMissingNode())
                .isTrue();
        assertThat(rows.at("/1/removalReason").asText()).isEqualTo("MOVED");
        assertThat(rows.at("/1/changeType").asText()).isEqualTo("REMOVE_HOUSEHOLD");
        // Full NIKs: the reads log says who saw whose, as opening a household does.
        for (var change : List.of(kept, removal)) {
            assertThat(driver.jdbc.queryForObject(
                            "select count(*) from audit_event where action = 'HOUSEHOLD_READ' and actor = ?"
                                    + " and subject_type = 'household' and subject_id = ?",
                            Long.class,
                            CAMAT_KUBU,
                            change.householdId().toString()))
                    .isEqualTo(1);
        }
        assertThat(api.as(kadesOf(driver.villagesByUntouchedHouseholds(KUBU).stream()
                                .filter(code -> !code.equals(village))
                                .findFirst()
                                .orElseThrow()))
                        .get("/api/deliberations/" + id + "/bnba")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void a_minutes_number_the_village_has_recorded_before_is_taken_only_once_the_chair_confirms() {
        var first = deliberation("VILLAGE", village, item(taskOf(waitingForDeliberation()), "APPROVE", null));
        assertThat(hold(kadesOf(village), first, PDF, "ba.pdf").status()).isEqualTo(201);
        var second = waitingForDeliberation();
        var again = deliberation("VILLAGE", village, item(taskOf(second), "APPROVE", null));
        again.put("minutesNumber", first.get("minutesNumber"));

        var warned = hold(kadesOf(village), again, PDF, "ba.pdf");

        assertThat(warned.status()).isEqualTo(409);
        assertThat(warned.body().at("/warnings/0/code").asText()).isEqualTo("MINUTES_NUMBER_REUSED");
        var heldOn = LocalDate.parse((String) first.get("heldOn"));
        assertThat(warned.body().at("/warnings/0/message").asText())
                .contains(
                        (String) first.get("minutesNumber"),
                        "%02d-%02d-%d".formatted(heldOn.getDayOfMonth(), heldOn.getMonthValue(), heldOn.getYear()));
        assertThat(driver.reload(second).stage()).isEqualTo(Stage.VILLAGE_DELIBERATION);

        again.put("confirmedWarnings", List.of("MINUTES_NUMBER_REUSED"));
        assertThat(hold(kadesOf(village), again, PDF, "ba.pdf").status()).isEqualTo(201);
        assertThat(driver.reload(second).stage()).isEqualTo(Stage.SUBDISTRICT_PLENARY);
    }

    @Test
    void one_bad_item_refuses_the_whole_batch_naming_every_bad_item_and_completes_nothing() {
        var changes = List.of(
                waitingForDeliberation(), waitingForDeliberation(), waitingForDeliberation(), waitingForDeliberation());
        var tasks = changes.stream().map(this::taskOf).toList();
        var before = counts();

        var refused = hold(
                kadesOf(village),
                deliberation(
                        "VILLAGE",
                        village,
                        item(tasks.get(0), "APPROVE", null),
                        item(tasks.get(1), "REJECT", " "),
                        item("no-such-task", "APPROVE", null),
                        item(tasks.get(0), "APPROVE", null),
                        item(tasks.get(2), "RETURN", "Kembalikan ke operator"),
                        item(tasks.get(3), null, null)),
                PDF,
                "ba.pdf");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused))
                .containsExactly(
                        "decisions[1].reason",
                        "decisions[2].taskId",
                        "decisions[3].taskId",
                        "decisions[4].decision",
                        "decisions[5].decision");
        assertUntouched(changes, tasks);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void a_task_of_another_village_is_refused_without_saying_whose_it_is() {
        var villages = driver.villagesByUntouchedHouseholds(KUBU);
        var own = waitingForDeliberation();
        var foreign = waitingForDeliberationIn(villages.get(1));

        var refused = hold(
                kadesOf(village),
                deliberation(
                        "VILLAGE", village, item(taskOf(own), "APPROVE", null), item(taskOf(foreign), "APPROVE", null)),
                PDF,
                "ba.pdf");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("decisions[1].taskId");
        assertThat(refused.body().toString())
                .doesNotContain(foreign.number(), villages.get(1), digits(villages.get(1)));
        assertUntouched(List.of(own, foreign), List.of(taskOf(own), taskOf(foreign)));
    }

    @Test
    void only_the_village_head_chairs_the_village_deliberation() {
        var change = waitingForDeliberation();
        var task = taskOf(change);
        var request = deliberation("VILLAGE", village, item(task, "APPROVE", null));
        var other = driver.villagesByUntouchedHouseholds(KUBU).stream()
                .filter(code -> !code.equals(village))
                .findFirst()
                .orElseThrow();
        var before = counts();

        assertThat(hold("op-" + digits(village), request, PDF, "ba.pdf").status())
                .isEqualTo(403);
        assertThat(hold(kadesOf(other), request, PDF, "ba.pdf").status()).isEqualTo(403);
        assertThat(hold(CAMAT_KUBU, request, PDF, "ba.pdf").status()).isEqualTo(403);
        assertThat(hold("supervisor-6112", request, PDF, "ba.pdf").status()).isEqualTo(403);
        assertThat(hold(kadesOf(village), deliberation("SUBDISTRICT", KUBU, item(task, "APPROVE", null)), PDF, "ba.pdf")
                        .status())
                .isEqualTo(403);

        assertUntouched(List.of(change), List.of(task));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void the_form_must_be_complete_and_the_minutes_a_pdf_or_image_of_at_most_10_mb() {
        var change = waitingForDeliberation();
        var task = taskOf(change);
        var chair = api.as(kadesOf(village));
        var request = deliberation("VILLAGE", village, item(task, "APPROVE", null));
        var before = counts();

        var withoutFile = chair.postMultipart(PATH, form(request, null, null));
        assertThat(withoutFile.status()).isEqualTo(400);
        assertThat(fields(withoutFile)).containsExactly("minutes");

        var textAsPdf = hold(kadesOf(village), request, "Berita acara".getBytes(StandardCharsets.UTF_8), "ba.pdf");
        assertThat(textAsPdf.status()).isEqualTo(400);
        assertThat(fields(textAsPdf)).containsExactly("minutes");
        assertThat(textAsPdf.body().at("/errors/0/message").asText()).contains("PDF, JPEG");

        assertThat(fields(hold(kadesOf(village), request, new byte[0], "ba.pdf")))
                .containsExactly("minutes");

        var oversize = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        var tooBig = hold(kadesOf(village), request, oversize, "ba.pdf");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.body().get("title").asText()).isNotBlank();
        assertThat(fields(tooBig)).containsExactly("minutes");

        var malformed = chair.postMultipart(PATH, parts("{\"level\": \"VILLAGE\",", PDF, "ba.pdf"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("detail").asText()).isNotBlank();

        var withoutDeliberation = chair.postMultipart(PATH, parts(null, PDF, "ba.pdf"));
        assertThat(withoutDeliberation.status()).isEqualTo(400);
        assertThat(fields(withoutDeliberation)).containsExactly("deliberation");

        var unknownDecision =
                hold(kadesOf(village), deliberation("VILLAGE", village, item(task, "MAYBE", null)), PDF, "ba.pdf");
        assertThat(unknownDecision.status()).isEqualTo(400);
        assertThat(fields(unknownDecision)).containsExactly("decisions[0].decision");

        var incomplete = new LinkedHashMap<>(request);
        incomplete.put("decisions", List.of());
        incomplete.put("heldOn", LocalDate.now(WIB).plusDays(2).toString());
        incomplete.put("place", " ");
        incomplete.put("attendees", List.of("Kepala Desa", ""));
        var refused = api.as(kadesOf(village)).inLanguage("en").postMultipart(PATH, form(incomplete, PDF, "ba.pdf"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("attendees[1]", "decisions", "heldOn", "place");
        assertThat(refused.body().at("/errors/2/message").asText())
                .isEqualTo("The deliberation is dated at most 10 years ago and not after today.");

        assertUntouched(List.of(change), List.of(task));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void a_deliberation_is_seen_only_within_its_region() {
        var change = waitingForDeliberation();
        var held = hold(
                kadesOf(village),
                deliberation("VILLAGE", village, item(taskOf(change), "APPROVE", null)),
                JPEG,
                "ba.jpg");
        assertThat(held.status()).isEqualTo(201);
        assertThat(held.body().at("/minutes/contentType").asText()).isEqualTo("image/jpeg");
        var id = held.body().get("id").asLong();
        var other = driver.villagesByUntouchedHouseholds(KUBU).stream()
                .filter(code -> !code.equals(village))
                .findFirst()
                .orElseThrow();

        for (var outsider : List.of(kadesOf(other), "camat-611204")) {
            assertThat(api.as(outsider).get("/api/deliberations/" + id).status())
                    .as(outsider)
                    .isEqualTo(404);
            assertThat(api.as(outsider)
                            .download("/api/deliberations/" + id + "/minutes")
                            .getStatusCode()
                            .value())
                    .as(outsider)
                    .isEqualTo(404);
            assertThat(idsIn(api.as(outsider).get("/api/deliberations?size=100")))
                    .doesNotContain(id);
        }
        for (var insider : List.of(CAMAT_KUBU, "supervisor-6112", "auditor-6112", "pusdatin")) {
            assertThat(api.as(insider).get("/api/deliberations/" + id).status())
                    .as(insider)
                    .isEqualTo(200);
        }
        assertThat(idsIn(api.as(CAMAT_KUBU).get("/api/deliberations?size=100&region=" + village)))
                .contains(id);
        assertThat(api.as("camat-611204")
                        .get("/api/deliberations?region=" + village)
                        .status())
                .isEqualTo(403);
        assertThat(api.as(kadesOf(village)).get("/api/deliberations/999999999").status())
                .isEqualTo(404);
    }

    @Test
    void the_ministry_decree_is_a_deliberation_of_pusdatin_deciding_the_cycle() {
        // The 20th, after the cut-off: the district's approvals wait for April's cycle.
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-20T02:00:00Z")));
        var approved = atMinistry(waitingForDeliberation());
        var rejected = atMinistry(waitingForDeliberation());
        var decree = DeliberationForm.uniqueMinutesNumber("HUK");
        var request = deliberation(
                "MINISTRY",
                null,
                item(taskOf(approved), "APPROVE", null),
                item(taskOf(rejected), "REJECT", "Tidak padan dengan data Dukcapil"));
        request.put("minutesNumber", decree);
        request.put("place", "Kementerian Sosial, Jakarta");

        var regional = new LinkedHashMap<>(request);
        regional.put("regionCode", "61.12");
        assertThat(fields(hold("pusdatin", regional, PNG, "kepmensos.png"))).containsExactly("regionCode");
        assertThat(hold("kadinsos-6112", request, PNG, "kepmensos.png").status())
                .isEqualTo(403);

        var held = hold("pusdatin", request, PNG, "kepmensos.png");

        assertThat(held.status()).isEqualTo(201);
        assertThat(held.body().has("region")).isFalse();
        assertThat(held.body().at("/minutes/contentType").asText()).isEqualTo("image/png");
        assertThat(driver.changes.decisions(approved.id()))
                .last()
                .extracting(DecisionView::stage, DecisionView::actor, DecisionView::reference)
                .containsExactly(Stage.MINISTRY_DETERMINATION, "pusdatin", decree);
        driver.runJob(approved, TASK_APPLY_CHANGE);
        assertThat(driver.reload(approved).status()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(driver.reload(rejected).status()).isEqualTo(ChangeStatus.REJECTED);
        // A decree is national: the village reads its changes' decisions, not the decree.
        var id = held.body().get("id").asLong();
        assertThat(api.as(kadesOf(village)).get("/api/deliberations/" + id).status())
                .isEqualTo(404);
        assertThat(api.as("auditor-6112").get("/api/deliberations/" + id).status())
                .isEqualTo(404);
        assertThat(api.as("pusdatin").get("/api/deliberations/" + id).status()).isEqualTo(200);
    }

    @Test
    void a_decision_on_a_suspended_change_waits_until_the_change_resumes() {
        var changes = List.of(waitingForDeliberation(), waitingForDeliberation(), waitingForDeliberation());
        var tasks = changes.stream().map(this::taskOf).toList();
        var request = deliberation(
                "VILLAGE",
                village,
                tasks.stream().map(task -> item(task, "APPROVE", null)).toArray(Map[]::new));
        // An administrator suspended the last change in Cockpit: the engine completes no task of it meanwhile.
        var last = changes.get(2).processInstanceId();
        runtime.suspendProcessInstanceById(last);
        try {
            var held = api.as(kadesOf(village)).postMultipart(PATH, form(request, PDF, "ba.pdf"));
            assertThat(held.status()).as(held.body().toString()).isEqualTo(201);
            var id = held.body().get("id").asLong();

            assertThat(driver.applyDecisions()).isEqualTo(2);
            assertThat(driver.reload(changes.get(0)).stage()).isEqualTo(Stage.SUBDISTRICT_PLENARY);
            assertThat(driver.reload(changes.get(2)).stage()).isEqualTo(Stage.VILLAGE_DELIBERATION);
            assertThat(taskOf(changes.get(2))).isEqualTo(tasks.get(2));
            assertThat(api.as(kadesOf(village))
                            .get("/api/deliberations/" + id)
                            .body()
                            .get("applying")
                            .asInt())
                    .isEqualTo(1);
        } finally {
            runtime.activateProcessInstanceById(last);
        }

        assertThat(driver.applyDecisions()).isEqualTo(1);
        assertThat(driver.reload(changes.get(2)).stage()).isEqualTo(Stage.SUBDISTRICT_PLENARY);
        assertThat(driver.changes.decisions(changes.get(2).id()))
                .last()
                .extracting(DecisionView::stage, DecisionView::actor)
                .containsExactly(Stage.VILLAGE_DELIBERATION, kadesOf(village));
    }

    @Test
    void a_village_deliberation_decides_200_changes_in_one_request() {
        var changes = new ArrayList<ChangeRequestView>();
        for (int i = 0; i < 200; i++) {
            var sex = i % 2 == 0 ? Sex.MALE : Sex.FEMALE;
            var born = LocalDate.of(1960, 1, 1).plusDays(i * 53L);
            var head = new NewMember(driver.freshNik(born, sex), "Warga Baru " + (i + 1), born, sex, Relationship.HEAD);
            var change = driver.proposeNewHousehold(driver.newHouseholdIn(village, List.of(head)));
            driver.runJobs(change);
            changes.add(change);
        }
        driver.pollWorker();
        var items = new ArrayList<Map<String, Object>>();
        for (var change : changes) {
            assertThat(driver.decide(change, TaskDecision.approve()).stage()).isEqualTo(Stage.VILLAGE_DELIBERATION);
            items.add(item(taskOf(change), "APPROVE", null));
        }
        var request = deliberation("VILLAGE", village);
        request.put("decisions", items);

        long start = System.nanoTime();
        var held = api.as(kadesOf(village)).postMultipart(PATH, form(request, PDF, "ba-musdes-200.pdf"));
        long recorded = System.nanoTime();
        assertThat(held.status()).isEqualTo(201);
        assertThat(driver.applyDecisions()).isEqualTo(200);
        System.out.printf(
                "200-task village deliberation: recorded in %d ms, applied in %d ms more%n",
                (recorded - start) / 1_000_000, (System.nanoTime() - recorded) / 1_000_000);

        assertThat(held.body().get("decisions")).hasSize(200);
        var ids = changes.stream().map(ChangeRequestView::id).toList();
        var placeholders = String.join(",", ids.stream().map(id -> "?").toList());
        assertThat(driver.jdbc.queryForObject(
                        "select count(*) from change_request where stage = 'SUBDISTRICT_PLENARY' and id in ("
                                + placeholders + ")",
                        Long.class,
                        ids.toArray()))
                .isEqualTo(200);
    }

    private ChangeRequestView waitingForDeliberation() {
        return waitingForDeliberationIn(village);
    }

    /** A re-verification through its checks and field check: it waits for the village's deliberation. */
    private ChangeRequestView waitingForDeliberationIn(String villageCode) {
        var change = driver.check(driver.proposeReverification(driver.untouchedHouseholdIn(villageCode)));
        return driver.approveUpTo(change, Stage.VILLAGE_DELIBERATION);
    }

    /** Approved by the kecamatan and the district, and past the wait for the next cycle. */
    private ChangeRequestView atMinistry(ChangeRequestView change) {
        var waiting = driver.approveUpTo(change, Stage.MINISTRY_DETERMINATION);
        driver.runJob(waiting, TIMER_WAIT_FOR_NEXT_CYCLE);
        return waiting;
    }

    private String taskOf(ChangeRequestView change) {
        return driver.openTask(driver.reload(change)).getId();
    }

    /** Each change still waits where it did, on the same task, with no decision more than the field check's. */
    private void assertUntouched(List<ChangeRequestView> changes, List<String> tasks) {
        for (int i = 0; i < changes.size(); i++) {
            var change = changes.get(i);
            assertThat(driver.reload(change).stage()).isEqualTo(Stage.VILLAGE_DELIBERATION);
            assertThat(taskOf(change)).isEqualTo(tasks.get(i));
            assertThat(driver.changes.decisions(change.id()))
                    .extracting(DecisionView::stage)
                    .containsExactly(Stage.FIELD_CHECK);
        }
    }

    private Map<String, Long> counts() {
        var counts = new LinkedHashMap<String, Long>();
        for (var table : List.of("deliberation", "deliberation_decision", "document", "change_request_decision")) {
            counts.put(table, driver.jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    /** Holds the deliberation and, once it is recorded, applies its decisions as the job executor would. */
    private Api.Response hold(String user, Map<String, Object> request, byte[] file, String filename) {
        var held = api.as(user).postMultipart(PATH, form(request, file, filename));
        if (held.status() == 201) {
            driver.applyDecisions();
        }
        return held;
    }

    private static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
        return StreamSupport.stream(response.body().get("errors").spliterator(), false)
                .map(error -> error.get("field").asText())
                .toList();
    }

    private static List<Long> idsIn(Api.Response page) {
        assertThat(page.status()).isEqualTo(200);
        return StreamSupport.stream(page.body().get("content").spliterator(), false)
                .map(d -> d.get("id").asLong())
                .toList();
    }

    private static String kadesOf(String villageCode) {
        return "kades-" + digits(villageCode);
    }

    private static String digits(String regionCode) {
        return regionCode.replace(".", "");
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (Exception noSha256) {
            throw new IllegalStateException(noSha256);
        }
    }
}
