package id.verivali.supervision;

import static id.verivali.bpmn.HouseholdChange.TIMER_ESCALATE_DISTRICT_VERIFICATION;
import static id.verivali.bpmn.HouseholdChange.TIMER_ESCALATE_FIELD_CHECK;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.verivali.changerequest.ChangeRequestView;
import id.verivali.changerequest.ChangeStatus;
import id.verivali.changerequest.Decision;
import id.verivali.changerequest.Stage;
import id.verivali.security.AccountService;
import id.verivali.security.NewAccount;
import id.verivali.security.Role;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import id.verivali.workflow.ChangeDriver;
import id.verivali.workflow.TaskDecision;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;

/**
 * The supervision endpoints over HTTP. Open work is made through the engine in Kecamatan Sungai Kakap (61.12.09),
 * where no other suite proposes changes, each test in a village with no open work, and withdrawn afterwards; counts
 * above the village are compared before and after. Progress is counted on change requests written directly, with the
 * finish times a test needs, in Kabupaten Sekadau (61.09), which has no demo data and no other suite: each test
 * clears it first.
 */
@IntegrationTest
@Import(ChangeDriver.class)
class SupervisionApiIT {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private static final String KUBU_RAYA = "61.12";
    private static final String SUNGAI_KAKAP = "61.12.09";
    private static final String SEKADAU = "61.09";
    private static final String SEKADAU_HILIR = "61.09.01";
    private static final String SEKADAU_HULU = "61.09.02";
    private static final String NANGA_TAMAN = "61.09.03";
    private static final String NANGA_MAHAP = "61.09.04";
    private static final String BELITANG_HILIR = "61.09.05";

    private static final String SUPERVISOR = "supervisor-6112";
    private static final String DISTRICT_OPERATOR = "dinsos-6112";
    /** A supervisor of Kota Pontianak: another district. */
    private static final String PONTIANAK_SUPERVISOR = "supervision-pengawas-6171";
    /** A supervisor of Kecamatan Sungai Kakap only. */
    private static final String KAKAP_SUPERVISOR = "supervision-pengawas-611209";

    private static final String SEKADAU_HEAD = "supervision-kadinsos-6109";
    private static final String SEKADAU_OPERATOR = "supervision-dinsos-6109";

    private static final String DEADLINES = "/api/supervision/deadlines";
    private static final String PROGRESS = "/api/supervision/progress";
    private static final String TARGETS = "/api/supervision/targets";

    @Autowired
    Api api;

    @Autowired
    ChangeDriver driver;

    @Autowired
    AccountService accounts;

    private final List<ChangeRequestView> proposed = new ArrayList<>();

    @BeforeEach
    void accounts() {
        accounts.createMissing(List.of(
                account(PONTIANAK_SUPERVISOR, Role.SUPERVISOR, "61.71"),
                account(KAKAP_SUPERVISOR, Role.SUPERVISOR, SUNGAI_KAKAP),
                account(SEKADAU_HEAD, Role.DISTRICT_HEAD, SEKADAU),
                account(SEKADAU_OPERATOR, Role.DISTRICT_OPERATOR, SEKADAU)));
    }

    /** Leaves no open work behind, so that the next run finds the village as this one did. */
    @AfterEach
    void withdrawEverythingProposed() {
        ClockUtil.reset();
        for (var change : proposed) {
            var now = driver.reload(change);
            if (now.status() == ChangeStatus.IN_PROGRESS) {
                driver.proposals.withdraw(now.id(), now.proposedBy());
            }
        }
    }

    // Escalations in the inbox

    @Test
    void an_overdue_district_verification_escalates_to_the_supervisors_of_its_region_and_no_others() {
        var village = villageWithoutOpenWork();
        var districtBefore = child(deadlines(SUPERVISOR, KUBU_RAYA), SUNGAI_KAKAP);

        var change = driver.approveUpTo(
                proposeAt(village, Instant.now().minus(40, ChronoUnit.DAYS)), Stage.DISTRICT_VERIFICATION);
        assertThat(change.dueDate()).isBefore(Instant.now());
        driver.runJob(change, TIMER_ESCALATE_DISTRICT_VERIFICATION);
        ClockUtil.reset();

        var followUp = inboxItem(SUPERVISOR, change);
        assertThat(followUp).isNotNull();
        assertThat(followUp.get("followUp").asBoolean()).isTrue();
        assertThat(followUp.get("stage").asText()).isEqualTo("DISTRICT_VERIFICATION");
        assertThat(inboxItem(KAKAP_SUPERVISOR, change)).isNotNull();
        assertThat(inboxItem(PONTIANAK_SUPERVISOR, change)).isNull();
        var taskId = followUp.get("id").asText();
        assertThat(api.as(PONTIANAK_SUPERVISOR)
                        .post("/api/tasks/" + taskId + "/claim", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(api.as(PONTIANAK_SUPERVISOR)
                        .post("/api/tasks/" + taskId + "/complete", Map.of())
                        .status())
                .isEqualTo(404);

        // The district's task itself stays open, overdue and escalated.
        var villageRow = child(deadlines(SUPERVISOR, SUNGAI_KAKAP), village);
        assertThat(stageOf(villageRow, Stage.DISTRICT_VERIFICATION)).isEqualTo(counts(1, 0, 1, 1));
        assertThat(villageRow.get("oldestOverdue").get("changeRequestNumber").asText())
                .isEqualTo(change.number());
        var districtAfter = child(deadlines(SUPERVISOR, KUBU_RAYA), SUNGAI_KAKAP);
        assertThat(totals(districtAfter).minus(totals(districtBefore))).isEqualTo(counts(1, 0, 1, 1));

        assertThat(api.as(SUPERVISOR)
                        .post("/api/tasks/" + taskId + "/claim", Map.of())
                        .status())
                .isEqualTo(200);
        var completed = api.as(SUPERVISOR).post("/api/tasks/" + taskId + "/complete", Map.of());
        assertThat(completed.status()).isEqualTo(200);
        assertThat(inboxItem(SUPERVISOR, change)).isNull();
        assertThat(inboxItem(KAKAP_SUPERVISOR, change)).isNull();
        assertThat(inboxItem(DISTRICT_OPERATOR, change)).isNotNull();
        assertThat(driver.reload(change).stage()).isEqualTo(Stage.DISTRICT_VERIFICATION);
    }

    // Deadlines

    @Test
    void a_kecamatan_counts_each_villages_open_tasks_by_due_date_with_the_oldest_overdue() {
        var village = villageWithoutOpenWork();
        var before = deadlines(SUPERVISOR, SUNGAI_KAKAP);
        var now = Instant.now();

        // A field check has 14 days: begun 20 days ago it is 6 days late, 10 days ago due in 4, today due in 14.
        var late = proposeAt(village, now.minus(20, ChronoUnit.DAYS));
        var dueSoon = proposeAt(village, now.minus(10, ChronoUnit.DAYS));
        var later = proposeAt(village, now);
        ClockUtil.reset();
        assertThat(late.dueDate()).isBefore(now);
        assertThat(dueSoon.dueDate()).isBetween(now, now.plus(7, ChronoUnit.DAYS));
        assertThat(later.dueDate()).isAfter(now.plus(7, ChronoUnit.DAYS));

        var after = deadlines(SUPERVISOR, SUNGAI_KAKAP);

        assertThat(after.get("region").get("code").asText()).isEqualTo(SUNGAI_KAKAP);
        assertThat(after.get("region").get("level").asText()).isEqualTo("SUBDISTRICT");
        assertThat(after.get("asOf").asText()).isNotBlank();
        var row = child(after, village);
        assertThat(row.get("level").asText()).isEqualTo("VILLAGE");
        assertThat(row.get("name").asText()).isNotBlank();
        assertThat(totals(row)).isEqualTo(counts(3, 1, 1, 0));
        assertThat(stageOf(row, Stage.FIELD_CHECK)).isEqualTo(counts(3, 1, 1, 0));
        assertThat(stageOf(row, Stage.VILLAGE_DELIBERATION)).isEqualTo(counts(0, 0, 0, 0));
        assertThat(row.get("byStage"))
                .extracting(stage -> stage.get("stage").asText())
                .containsExactly(
                        "FIELD_CHECK",
                        "VILLAGE_DELIBERATION",
                        "SUBDISTRICT_PLENARY",
                        "DISTRICT_VERIFICATION",
                        "DISTRICT_APPROVAL",
                        "MINISTRY_DETERMINATION");
        var oldest = row.get("oldestOverdue");
        assertThat(oldest.get("changeRequestNumber").asText()).isEqualTo(late.number());
        assertThat(oldest.get("changeRequestId").asLong()).isEqualTo(late.id());
        assertThat(oldest.get("stage").asText()).isEqualTo("FIELD_CHECK");
        assertThat(Instant.parse(oldest.get("dueDate").asText())).isEqualTo(late.dueDate());
        assertThat(oldest.get("daysOverdue").asLong())
                .isEqualTo(ChronoUnit.DAYS.between(LocalDate.ofInstant(late.dueDate(), WIB), LocalDate.now(WIB)));
        assertThat(totals(after).minus(totals(before))).isEqualTo(counts(3, 1, 1, 0));
    }

    @Test
    void the_district_drills_down_to_its_kecamatan_and_a_kecamatan_to_its_villages() {
        var district = deadlines(DISTRICT_OPERATOR, null);

        assertThat(district.get("region").get("code").asText()).isEqualTo(KUBU_RAYA);
        assertThat(district.get("region").get("level").asText()).isEqualTo("DISTRICT");
        assertThat(district.get("children"))
                .extracting(child -> child.get("code").asText())
                .containsExactly(
                        "61.12.01",
                        "61.12.02",
                        "61.12.03",
                        "61.12.04",
                        "61.12.05",
                        "61.12.06",
                        "61.12.07",
                        "61.12.08",
                        "61.12.09");
        assertThat(child(district, SUNGAI_KAKAP).get("name").asText()).isEqualTo("Sungai Kakap");
        assertThat(sumOfChildren(district)).isEqualTo(totals(district));

        var kecamatan = deadlines(DISTRICT_OPERATOR, SUNGAI_KAKAP);
        assertThat(kecamatan.get("children")).hasSize(15);
        assertThat(kecamatan.get("totals"))
                .isEqualTo(child(district, SUNGAI_KAKAP).get("totals"));
        var quiet = villageWithoutOpenWork();
        var quietRow = child(kecamatan, quiet);
        assertThat(totals(quietRow)).isEqualTo(counts(0, 0, 0, 0));
        assertThat(quietRow.get("byStage")).hasSize(6);
        assertThat(quietRow.has("oldestOverdue")).isFalse();

        var village = deadlines(DISTRICT_OPERATOR, quiet);
        assertThat(village.get("region").get("level").asText()).isEqualTo("VILLAGE");
        assertThat(village.get("children")).isEmpty();
        assertThat(totals(village)).isEqualTo(counts(0, 0, 0, 0));
        var busiest = busiestVillage(kecamatan);
        assertThat(deadlines(DISTRICT_OPERATOR, busiest).get("totals"))
                .isEqualTo(child(kecamatan, busiest).get("totals"));
    }

    @Test
    void the_ministry_sees_the_provinces_and_any_region_below() {
        var national = deadlines("pusdatin", null);

        assertThat(national.has("region")).isFalse();
        assertThat(national.get("children")).hasSize(38);
        assertThat(child(national, "61").get("level").asText()).isEqualTo("PROVINCE");
        var province = deadlines("pusdatin", "61");
        assertThat(child(national, "61").get("totals")).isEqualTo(province.get("totals"));
        assertThat(sumOfChildren(province)).isEqualTo(totals(province));
        assertThat(child(province, KUBU_RAYA).get("totals"))
                .isEqualTo(deadlines("pusdatin", KUBU_RAYA).get("totals"));
        assertThat(deadlines("pusdatin", SEKADAU).get("children")).hasSize(7);
    }

    /**
     * The dashboards add up counts kept per village and counted again only where work changed: after every step of a
     * random walk of changes (proposed on past days so that they run late, early or on time, approved to the next
     * level, rejected, withdrawn, escalated), the kecamatan's deadlines and the district's progress are still what a
     * full count of the work items and the changes makes at the moment the answer names.
     */
    @Test
    void the_dashboards_stay_what_the_rows_count_through_a_random_walk_of_changes() {
        var villages = driver.villagesByUntouchedHouseholds(SUNGAI_KAKAP).subList(0, 3);
        var random = new Random(18);
        var walked = new ArrayList<ChangeRequestView>();
        for (int step = 0; step < 16; step++) {
            // Each step one write: a proposal, or a decision on a change proposed before, in whichever village.
            var open = walked.stream()
                    .map(driver::reload)
                    .filter(change -> change.status() == ChangeStatus.IN_PROGRESS)
                    .toList();
            if (open.isEmpty() || random.nextInt(3) == 0) {
                // Never exactly 7 or 14 days back: due at the edge of "due soon" or "overdue" to the millisecond.
                int daysBack = List.of(1, 3, 5, 9, 12, 16, 20, 30).get(random.nextInt(8));
                var village = villages.get(random.nextInt(villages.size()));
                walked.add(proposeAt(
                        village, Instant.now().minus(daysBack, ChronoUnit.DAYS).minusSeconds(3_600)));
                ClockUtil.reset();
            } else {
                var change = open.get(random.nextInt(open.size()));
                switch (random.nextInt(4)) {
                    case 0 -> driver.decide(change, ChangeDriver.approvalAt(change.stage()));
                    case 1 ->
                        driver.decide(change, new TaskDecision(Decision.REJECT, "Keluarga mampu", null, null, null));
                    case 2 -> driver.proposals.withdraw(change.id(), change.proposedBy());
                    default -> {
                        if (change.stage() == Stage.FIELD_CHECK
                                && change.dueDate().isBefore(Instant.now())) {
                            driver.runJob(change, TIMER_ESCALATE_FIELD_CHECK);
                        } else {
                            driver.decide(change, new TaskDecision(Decision.REJECT, "Pindah", null, null, null));
                        }
                    }
                }
            }

            var kecamatan = deadlines(SUPERVISOR, SUNGAI_KAKAP);
            var asOf = Instant.parse(kecamatan.get("asOf").asText());
            var items = openWorkOf(SUNGAI_KAKAP);
            for (var child : kecamatan.get("children")) {
                var code = child.get("code").asText();
                var own = items.stream()
                        .filter(item -> item.village().equals(code))
                        .toList();
                for (var stage : List.of(Stage.FIELD_CHECK, Stage.VILLAGE_DELIBERATION, Stage.SUBDISTRICT_PLENARY)) {
                    assertThat(stageOf(child, stage))
                            .as("%s at %s, step %d", code, stage, step)
                            .isEqualTo(countOf(
                                    own.stream()
                                            .filter(item -> item.stage().equals(stage.name()))
                                            .toList(),
                                    asOf));
                }
                var oldest = own.stream()
                        .filter(item -> item.dueDate() != null && item.dueDate().isBefore(asOf))
                        .min(Comparator.comparing(OpenItem::dueDate).thenComparing(OpenItem::taskId));
                assertThat(
                                child.has("oldestOverdue")
                                        ? child.get("oldestOverdue")
                                                .get("changeRequestNumber")
                                                .asText()
                                        : null)
                        .as("%s's oldest overdue, step %d", code, step)
                        .isEqualTo(oldest.map(OpenItem::number).orElse(null));
            }
            assertThat(totals(kecamatan)).isEqualTo(countOf(items, asOf));

            var progress = api.as(SUPERVISOR).get(PROGRESS).body();
            var progressAsOf = Instant.parse(progress.get("asOf").asText());
            var ofKakap = child(progress, SUNGAI_KAKAP);
            // A target's start, if another suite set one, counts only the changes proposed from that day on.
            var startsOn = ofKakap.hasNonNull("startsOn")
                    ? Timestamp.from(LocalDate.parse(ofKakap.get("startsOn").asText())
                            .atStartOfDay(WIB)
                            .toInstant())
                    : new Timestamp(0);
            var changes = driver.jdbc.queryForList(
                    "select status, finished_at from change_request where subdistrict_code = ? and proposed_at >= ?",
                    SUNGAI_KAKAP,
                    startsOn);
            assertThat(ofKakap.get("total").asLong()).as("step %d", step).isEqualTo(changes.size());
            assertThat(ofKakap.get("done").asLong())
                    .isEqualTo(changes.stream()
                            .filter(row -> !"IN_PROGRESS".equals(row.get("status")))
                            .count());
            var windowStart = progressAsOf.minus(14, ChronoUnit.DAYS);
            long doneLately = changes.stream()
                    .map(row -> (Timestamp) row.get("finished_at"))
                    .filter(at -> at != null
                            && !at.toInstant().isBefore(windowStart)
                            && at.toInstant().isBefore(progressAsOf))
                    .count();
            assertThat(ofKakap.get("ratePerDay").asDouble())
                    .as("step %d, as of %s: %s", step, progressAsOf, changes)
                    .isEqualTo(Math.round(doneLately / 14.0 * 100) / 100.0);
        }
    }

    private record OpenItem(
            String taskId, String number, String village, String stage, Instant dueDate, boolean escalated) {}

    private List<OpenItem> openWorkOf(String subdistrict) {
        return driver.jdbc.query(
                """
                select task_id, change_request_number, village_code, stage, due_date, escalated_at from work_item
                where subdistrict_code = ? and state = 'OPEN' and follow_up = false""",
                (row, i) -> new OpenItem(
                        row.getString("task_id"),
                        row.getString("change_request_number"),
                        row.getString("village_code"),
                        row.getString("stage"),
                        row.getTimestamp("due_date") == null
                                ? null
                                : row.getTimestamp("due_date").toInstant(),
                        row.getTimestamp("escalated_at") != null),
                subdistrict);
    }

    private static Counts countOf(List<OpenItem> items, Instant now) {
        var soon = now.plus(7, ChronoUnit.DAYS);
        return counts(
                items.size(),
                items.stream()
                        .filter(item -> item.dueDate() != null
                                && !item.dueDate().isBefore(now)
                                && !item.dueDate().isAfter(soon))
                        .count(),
                items.stream()
                        .filter(item -> item.dueDate() != null && item.dueDate().isBefore(now))
                        .count(),
                items.stream().filter(OpenItem::escalated).count());
    }

    // Progress

    @Test
    void each_kecamatan_is_on_track_at_risk_late_or_without_target_by_its_finishing_rate() {
        clearSekadau();
        var now = Instant.now();
        var today = LocalDate.now(WIB);
        var hilir = firstVillageOf(SEKADAU_HILIR);
        // On track: of 10 changes since the start, 6 ended in the last two weeks; 4 left at 6 a fortnight is 10
        // days, well before the target. Two older changes, proposed before the start, do not count.
        for (int i = 1; i <= 6; i++) {
            insertChange(hilir, now.minus(50, ChronoUnit.DAYS), ChangeStatus.APPROVED, now.minus(i, ChronoUnit.DAYS));
        }
        insertChanges(hilir, now.minus(50, ChronoUnit.DAYS), 4);
        insertChanges(hilir, now.minus(90, ChronoUnit.DAYS), 2);
        // At risk: one ended lately of ten: 9 left take 126 days, the target is in 5.
        var hulu = firstVillageOf(SEKADAU_HULU);
        insertChange(hulu, now.minus(30, ChronoUnit.DAYS), ChangeStatus.REJECTED, now.minus(2, ChronoUnit.DAYS));
        insertChanges(hulu, now.minus(30, ChronoUnit.DAYS), 9);
        // Late: the target passed five days ago with two changes open.
        var taman = firstVillageOf(NANGA_TAMAN);
        insertChange(taman, now.minus(40, ChronoUnit.DAYS), ChangeStatus.APPROVED, now.minus(20, ChronoUnit.DAYS));
        insertChanges(taman, now.minus(40, ChronoUnit.DAYS), 2);
        // No target, all done: the projection is the last ending.
        var mahap = firstVillageOf(NANGA_MAHAP);
        insertChange(mahap, now.minus(40, ChronoUnit.DAYS), ChangeStatus.APPROVED, now.minus(3, ChronoUnit.DAYS));
        insertChange(mahap, now.minus(40, ChronoUnit.DAYS), ChangeStatus.WITHDRAWN, now.minus(16, ChronoUnit.DAYS));
        insertChange(mahap, now.minus(40, ChronoUnit.DAYS), ChangeStatus.REJECTED, now.minus(30, ChronoUnit.DAYS));

        assertThat(setTarget(SEKADAU_HEAD, SEKADAU_HILIR, target(today.plusDays(30), today.minusDays(60), null))
                        .status())
                .isEqualTo(200);
        assertThat(setTarget(SEKADAU_OPERATOR, SEKADAU_HULU, target(today.plusDays(5), null, null))
                        .status())
                .isEqualTo(200);
        // A target that has passed: the API takes none before today, so it was set while it still lay ahead.
        insertTarget(NANGA_TAMAN, today.minusDays(5), now.minus(60, ChronoUnit.DAYS));

        var progress = api.as(SEKADAU_HEAD).get(PROGRESS);
        assertThat(progress.status()).isEqualTo(200);
        assertThat(progress.body().get("region").get("code").asText()).isEqualTo(SEKADAU);
        assertThat(progress.body().get("rateWindowDays").asInt()).isEqualTo(14);
        assertThat(progress.body().get("children")).hasSize(7);

        var onTrack = child(progress.body(), SEKADAU_HILIR);
        assertThat(onTrack.get("total").asLong()).isEqualTo(10);
        assertThat(onTrack.get("done").asLong()).isEqualTo(6);
        assertThat(onTrack.get("ratePerDay").asDouble()).isEqualTo(0.43);
        assertThat(onTrack.get("projectedFinish").asText())
                .isEqualTo(today.plusDays(10).toString());
        assertThat(onTrack.get("target").asText()).isEqualTo(today.plusDays(30).toString());
        assertThat(onTrack.get("startsOn").asText())
                .isEqualTo(today.minusDays(60).toString());
        assertThat(onTrack.get("status").asText()).isEqualTo("ON_TRACK");

        var atRisk = child(progress.body(), SEKADAU_HULU);
        assertThat(atRisk.get("total").asLong()).isEqualTo(10);
        assertThat(atRisk.get("done").asLong()).isEqualTo(1);
        assertThat(atRisk.get("projectedFinish").asText())
                .isEqualTo(today.plusDays(126).toString());
        assertThat(atRisk.get("status").asText()).isEqualTo("AT_RISK");

        var late = child(progress.body(), NANGA_TAMAN);
        assertThat(late.get("ratePerDay").asDouble()).isZero();
        assertThat(late.has("projectedFinish")).isFalse();
        assertThat(late.get("status").asText()).isEqualTo("LATE");

        var noTarget = child(progress.body(), NANGA_MAHAP);
        assertThat(noTarget.get("done").asLong()).isEqualTo(3);
        assertThat(noTarget.get("total").asLong()).isEqualTo(3);
        assertThat(noTarget.get("projectedFinish").asText())
                .isEqualTo(
                        LocalDate.ofInstant(now.minus(3, ChronoUnit.DAYS), WIB).toString());
        assertThat(noTarget.has("target")).isFalse();
        assertThat(noTarget.get("status").asText()).isEqualTo("NO_TARGET");

        var untouched = child(progress.body(), BELITANG_HILIR);
        assertThat(untouched.get("total").asLong()).isZero();
        assertThat(untouched.get("status").asText()).isEqualTo("NO_TARGET");

        var totals = progress.body().get("totals");
        assertThat(totals.get("total").asLong()).isEqualTo(26);
        assertThat(totals.get("done").asLong()).isEqualTo(11);
        assertThat(totals.get("ratePerDay").asDouble()).isEqualTo(0.57);
        assertThat(totals.get("status").asText()).isEqualTo("NO_TARGET");

        // The kecamatan's villages share its target and its start.
        var kecamatan = api.as(SEKADAU_OPERATOR)
                .get(PROGRESS + "?region=" + SEKADAU_HILIR)
                .body();
        assertThat(kecamatan.get("totals").get("total").asLong()).isEqualTo(10);
        assertThat(kecamatan.get("totals").get("status").asText()).isEqualTo("ON_TRACK");
        var village = child(kecamatan, hilir);
        assertThat(village.get("total").asLong()).isEqualTo(10);
        assertThat(village.get("done").asLong()).isEqualTo(6);
        assertThat(village.get("target").asText()).isEqualTo(today.plusDays(30).toString());
        assertThat(village.get("status").asText()).isEqualTo("ON_TRACK");
        var alone = api.as(SEKADAU_OPERATOR).get(PROGRESS + "?region=" + hilir).body();
        assertThat(alone.get("children")).isEmpty();
        assertThat(alone.get("totals").get("total").asLong()).isEqualTo(10);
        assertThat(alone.get("totals").get("status").asText()).isEqualTo("ON_TRACK");
    }

    @Test
    void a_change_counts_as_done_from_the_moment_it_ends() {
        var village = villageWithoutOpenWork();
        var before =
                api.as(SUPERVISOR).get(PROGRESS + "?region=" + village).body().get("totals");
        var change = proposeAt(village, Instant.now());
        ClockUtil.reset();
        var proposedOnly =
                api.as(SUPERVISOR).get(PROGRESS + "?region=" + village).body().get("totals");
        var started = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        driver.proposals.withdraw(change.id(), change.proposedBy());

        var finishedAt = driver.jdbc.queryForObject(
                "select finished_at from change_request where id = ?", Timestamp.class, change.id());
        assertThat(finishedAt.toInstant()).isBetween(started, Instant.now());
        var after =
                api.as(SUPERVISOR).get(PROGRESS + "?region=" + village).body().get("totals");
        assertThat(proposedOnly.get("total").asLong())
                .isEqualTo(before.get("total").asLong() + 1);
        assertThat(proposedOnly.get("done").asLong())
                .isEqualTo(before.get("done").asLong());
        assertThat(after.get("total").asLong()).isEqualTo(before.get("total").asLong() + 1);
        assertThat(after.get("done").asLong()).isEqualTo(before.get("done").asLong() + 1);
        assertThat(after.get("ratePerDay").asDouble()).isGreaterThan(0);
    }

    // Targets

    @Test
    void a_target_moves_only_from_the_version_last_read() {
        clearSekadau();
        var today = LocalDate.now(WIB);
        long eventsBefore = targetEvents(BELITANG_HILIR).size();

        var created = setTarget(SEKADAU_HEAD, BELITANG_HILIR, target(today.plusDays(60), today, null));
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.body().get("regionCode").asText()).isEqualTo(BELITANG_HILIR);
        assertThat(created.body().get("regionName").asText()).isEqualTo("Belitang Hilir");
        assertThat(created.body().get("targetDate").asText())
                .isEqualTo(today.plusDays(60).toString());
        assertThat(created.body().get("startsOn").asText()).isEqualTo(today.toString());
        assertThat(created.body().get("setBy").asText()).isEqualTo(SEKADAU_HEAD);
        long version = created.body().get("version").asLong();

        var blind = setTarget(SEKADAU_OPERATOR, BELITANG_HILIR, target(today.plusDays(61), null, null));
        assertThat(blind.status()).isEqualTo(409);

        var moved = setTarget(SEKADAU_OPERATOR, BELITANG_HILIR, target(today.plusDays(61), null, version));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body().get("version").asLong()).isGreaterThan(version);
        assertThat(moved.body().get("setBy").asText()).isEqualTo(SEKADAU_OPERATOR);
        assertThat(moved.body().has("startsOn")).isFalse();

        var stale = setTarget(SEKADAU_HEAD, BELITANG_HILIR, target(today.plusDays(62), null, version));
        assertThat(stale.status()).isEqualTo(409);

        // Each change is on the audit record with the dates before and after; the refused ones are not.
        var events = targetEvents(BELITANG_HILIR);
        assertThat(events).hasSize((int) eventsBefore + 2);
        var first = events.get(events.size() - 2);
        assertThat(first.get("actor")).isEqualTo(SEKADAU_HEAD);
        assertThat(first.get("region_code")).isEqualTo(BELITANG_HILIR);
        assertThat((String) first.get("details"))
                .contains("\"targetDate\":\"" + today.plusDays(60) + "\"")
                .doesNotContain("previousTargetDate");
        var last = events.get(events.size() - 1);
        assertThat(last.get("actor")).isEqualTo(SEKADAU_OPERATOR);
        assertThat((String) last.get("details"))
                .contains(
                        "\"previousTargetDate\":\"" + today.plusDays(60) + "\"",
                        "\"previousStartsOn\":\"" + today + "\"",
                        "\"targetDate\":\"" + today.plusDays(61) + "\"")
                .doesNotContain("\"startsOn\"");

        var listed = api.as(SUPERVISOR).get(TARGETS + "?region=" + BELITANG_HILIR);
        assertThat(listed.status()).isEqualTo(403);
        var targets = api.as(SEKADAU_HEAD).get(TARGETS);
        assertThat(targets.status()).isEqualTo(200);
        assertThat(targets.body()).hasSize(1);
        assertThat(targets.body().get(0).get("targetDate").asText())
                .isEqualTo(today.plusDays(61).toString());
        assertThat(targets.body().get(0).get("version").asLong())
                .isEqualTo(moved.body().get("version").asLong());
    }

    @Test
    void bad_dates_and_regions_that_are_no_kecamatan_are_refused_naming_the_field() {
        clearSekadau();
        var today = LocalDate.now(WIB);

        assertRefused(setTarget(SEKADAU_HEAD, BELITANG_HILIR, Map.of()), "targetDate");
        assertRefused(setTarget(SEKADAU_HEAD, BELITANG_HILIR, Map.of("targetDate", "2026-02-30")), "targetDate");
        assertRefused(setTarget(SEKADAU_HEAD, BELITANG_HILIR, target(today, today.plusDays(1), null)), "targetDate");
        assertRefused(
                setTarget(SEKADAU_HEAD, BELITANG_HILIR, Map.of("targetDate", today.toString(), "startsOn", "besok")),
                "startsOn");
        assertRefused(setTarget(SEKADAU_HEAD, SEKADAU, target(today, null, null)), "regionCode");
        assertRefused(setTarget(SEKADAU_HEAD, firstVillageOf(BELITANG_HILIR), target(today, null, null)), "regionCode");
        var english = api.as(SEKADAU_HEAD)
                .inLanguage("en")
                .send(HttpMethod.PUT, TARGETS + "/" + BELITANG_HILIR, target(today, today.plusDays(1), null));
        assertThat(english.body().get("errors").get(0).get("message").asText())
                .isEqualTo("The target date cannot be before the start date.");

        assertThat(setTarget(SEKADAU_HEAD, "61.09.99", target(today, null, null))
                        .status())
                .isEqualTo(404);
        assertThat(targetRows(SEKADAU + ".%")).isZero();
    }

    @Test
    void only_the_district_sets_targets_and_only_for_its_own_kecamatan() {
        clearSekadau();
        var body = target(LocalDate.now(WIB).plusDays(30), null, null);
        long kakapBefore = targetRows(SUNGAI_KAKAP);

        assertThat(setTarget(SEKADAU_HEAD, SUNGAI_KAKAP, body).status()).isEqualTo(403);
        assertThat(setTarget(SUPERVISOR, SUNGAI_KAKAP, body).status()).isEqualTo(403);
        assertThat(setTarget("camat-611209", SUNGAI_KAKAP, body).status()).isEqualTo(403);
        assertThat(setTarget("pusdatin", BELITANG_HILIR, body).status()).isEqualTo(403);

        assertThat(targetRows(SUNGAI_KAKAP)).isEqualTo(kakapBefore);
        assertThat(targetRows(SEKADAU + ".%")).isZero();
    }

    // Who reads what

    @Test
    void readers_see_their_own_region_and_nothing_outside_it() {
        var own = deadlines(SUPERVISOR, null);
        assertThat(own.get("region").get("code").asText()).isEqualTo(KUBU_RAYA);

        for (var path : List.of(DEADLINES, PROGRESS, TARGETS)) {
            var outside = api.as(SUPERVISOR).inLanguage("en").get(path + "?region=" + SEKADAU);
            assertThat(outside.status()).as(path).isEqualTo(403);
            assertThat(outside.body().get("detail").asText()).isEqualTo("Region 61.09 is outside your region.");
            assertThat(api.as(DISTRICT_OPERATOR).get(path + "?region=61").status())
                    .as(path)
                    .isEqualTo(403);
            assertThat(api.as(KAKAP_SUPERVISOR).get(path + "?region=61.12.04").status())
                    .as(path)
                    .isEqualTo(403);
            assertThat(api.as("kadinsos-6112")
                            .get(path + "?region=" + SUNGAI_KAKAP)
                            .status())
                    .as(path)
                    .isEqualTo(200);
            assertThat(api.as("pusdatin").get(path + "?region=" + SEKADAU).status())
                    .as(path)
                    .isEqualTo(200);
            for (var stranger : List.of("camat-611209", "tksk-611209", "op-6112092001", "auditor-6112", "admin")) {
                assertThat(api.as(stranger).get(path).status())
                        .as(stranger + " " + path)
                        .isEqualTo(403);
            }
            assertThat(api.anonymous().get(path).status()).as(path).isEqualTo(401);
            assertRefused(api.as(SUPERVISOR).get(path + "?region=6112"), "region");
            assertThat(api.as(SUPERVISOR).get(path + "?region=61.12.99").status())
                    .as(path)
                    .isEqualTo(404);
        }
    }

    // Making work

    /** A change of a household of the village proposed and checked with the engine's clock at {@code at}. */
    private ChangeRequestView proposeAt(String village, Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
        var change = driver.check(driver.proposeReverification(driver.untouchedHouseholdIn(village)));
        proposed.add(change);
        assertThat(change.stage()).isEqualTo(Stage.FIELD_CHECK);
        return change;
    }

    /** A village of Sungai Kakap with households to propose for and no open task. */
    private String villageWithoutOpenWork() {
        return driver.jdbc.queryForObject("""
                select min(h.village_code) from household h
                where h.village_code like ? and h.status = 'ACTIVE'
                  and not exists (select 1 from change_request c where c.household_id = h.id)
                  and not exists (select 1 from work_item w where w.village_code = h.village_code and w.state = 'OPEN')
                """, String.class, SUNGAI_KAKAP + ".%");
    }

    /**
     * Changes written and deleted here by SQL, not through the application, mark their villages for the progress
     * tally as the application's writes do.
     */
    private void clearSekadau() {
        driver.jdbc.update("delete from supervision_target where region_code like ?", SEKADAU + ".%");
        driver.jdbc.update(
                "insert into change_progress_tally_mark (village_code) select distinct village_code from change_request"
                        + " where district_code = ?",
                SEKADAU);
        driver.jdbc.update("delete from change_request where district_code = ?", SEKADAU);
    }

    private void insertChanges(String village, Instant proposedAt, int count) {
        for (int i = 0; i < count; i++) {
            insertChange(village, proposedAt, ChangeStatus.IN_PROGRESS, null);
        }
    }

    /** A change as the progress counts read it: region, proposal, status and finish; nothing else is needed there. */
    private void insertChange(String village, Instant proposedAt, ChangeStatus status, Instant finishedAt) {
        var subdistrict = village.substring(0, village.lastIndexOf('.'));
        driver.jdbc.update(
                """
                insert into change_request (number, change_type, village_code, subdistrict_code, district_code,
                    proposed_by, proposed_at, status, stage, overdue, finished_at, version)
                values (?, 'REVERIFY', ?, ?, ?, 'op-test', ?, ?, ?, false, ?, 0)""",
                "SV-" + UUID.randomUUID().toString().substring(0, 23),
                village,
                subdistrict,
                subdistrict.substring(0, subdistrict.lastIndexOf('.')),
                Timestamp.from(proposedAt),
                status.name(),
                status == ChangeStatus.IN_PROGRESS ? Stage.FIELD_CHECK.name() : Stage.DONE.name(),
                finishedAt == null ? null : Timestamp.from(finishedAt));
        driver.jdbc.update("insert into change_progress_tally_mark (village_code) values (?)", village);
    }

    private void insertTarget(String subdistrict, LocalDate targetDate, Instant setAt) {
        driver.jdbc.update("""
                insert into supervision_target (region_code, target_date, starts_on, set_by, set_at, version)
                values (?, ?, null, ?, ?, 0)""", subdistrict, targetDate, SEKADAU_HEAD, Timestamp.from(setAt));
    }

    private String firstVillageOf(String subdistrict) {
        return driver.jdbc.queryForObject(
                "select min(code) from region where parent_code = ?", String.class, subdistrict);
    }

    private List<Map<String, Object>> targetEvents(String subdistrict) {
        return driver.jdbc.queryForList("""
                select actor, region_code, details from audit_event
                where action = 'TARGET_SET' and subject_type = 'region' and subject_id = ? order by id""", subdistrict);
    }

    private long targetRows(String codePattern) {
        return driver.jdbc.queryForObject(
                "select count(*) from supervision_target where region_code like ?", Long.class, codePattern);
    }

    // Reading

    private JsonNode deadlines(String user, String region) {
        var response = api.as(user).get(region == null ? DEADLINES : DEADLINES + "?region=" + region);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private Api.Response setTarget(String user, String region, Map<String, Object> body) {
        return api.as(user).send(HttpMethod.PUT, TARGETS + "/" + region, body);
    }

    private static Map<String, Object> target(LocalDate targetDate, LocalDate startsOn, Long version) {
        var body = new HashMap<String, Object>();
        body.put("targetDate", targetDate.toString());
        if (startsOn != null) {
            body.put("startsOn", startsOn.toString());
        }
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    private JsonNode inboxItem(String user, ChangeRequestView change) {
        var inbox = api.as(user).get("/api/tasks?size=100");
        assertThat(inbox.status()).isEqualTo(200);
        return StreamSupport.stream(inbox.body().get("content").spliterator(), false)
                .filter(item -> item.get("changeRequestNumber").asText().equals(change.number()))
                .findFirst()
                .orElse(null);
    }

    private static JsonNode child(JsonNode view, String code) {
        return StreamSupport.stream(view.get("children").spliterator(), false)
                .filter(child -> child.get("code").asText().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No child " + code + " in " + view));
    }

    /** Open-task counts as the deadline view shows them for a region or a stage. */
    private record Counts(long total, long dueWithin7Days, long overdue, long escalated) {

        static Counts of(JsonNode counts) {
            return new Counts(
                    counts.get("total").asLong(),
                    counts.get("dueWithin7Days").asLong(),
                    counts.get("overdue").asLong(),
                    counts.get("escalated").asLong());
        }

        Counts plus(Counts other) {
            return new Counts(
                    total + other.total,
                    dueWithin7Days + other.dueWithin7Days,
                    overdue + other.overdue,
                    escalated + other.escalated);
        }

        Counts minus(Counts other) {
            return new Counts(
                    total - other.total,
                    dueWithin7Days - other.dueWithin7Days,
                    overdue - other.overdue,
                    escalated - other.escalated);
        }
    }

    private static Counts totals(JsonNode regionOrChild) {
        return Counts.of(regionOrChild.get("totals"));
    }

    private static Counts stageOf(JsonNode child, Stage stage) {
        return Counts.of(StreamSupport.stream(child.get("byStage").spliterator(), false)
                .filter(entry -> entry.get("stage").asText().equals(stage.name()))
                .findFirst()
                .orElseThrow());
    }

    private static Counts counts(long total, long dueWithin7Days, long overdue, long escalated) {
        return new Counts(total, dueWithin7Days, overdue, escalated);
    }

    private static Counts sumOfChildren(JsonNode view) {
        return StreamSupport.stream(view.get("children").spliterator(), false)
                .map(SupervisionApiIT::totals)
                .reduce(counts(0, 0, 0, 0), Counts::plus);
    }

    private static String busiestVillage(JsonNode kecamatan) {
        return StreamSupport.stream(kecamatan.get("children").spliterator(), false)
                .max(Comparator.comparingLong(
                        child -> child.get("totals").get("total").asLong()))
                .orElseThrow()
                .get("code")
                .asText();
    }

    private static void assertRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
        assertThat(response.body().get("errors"))
                .extracting(error -> error.get("field").asText())
                .contains(field);
    }

    private static NewAccount account(String username, Role role, String region) {
        return new NewAccount(username, "Uji pengawasan " + username, role, region, Api.DEMO_PASSWORD);
    }
}
