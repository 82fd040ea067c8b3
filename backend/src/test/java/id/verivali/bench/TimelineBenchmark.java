package id.verivali.bench;

import static id.verivali.bpmn.HouseholdChange.TASK_APPLY_CHANGE;
import static id.verivali.bpmn.HouseholdChange.TIMER_WAIT_FOR_NEXT_CYCLE;
import static id.verivali.deliberation.DeliberationForm.PDF;
import static id.verivali.deliberation.DeliberationForm.deliberation;
import static id.verivali.deliberation.DeliberationForm.form;
import static id.verivali.deliberation.DeliberationForm.item;
import static org.assertj.core.api.Assertions.assertThat;

import id.verivali.changerequest.ChangeRequestView;
import id.verivali.changerequest.Decision;
import id.verivali.changerequest.Stage;
import id.verivali.deliberation.DeliberationForm;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.Relationship;
import id.verivali.household.Sex;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import id.verivali.workflow.ChangeDriver;
import id.verivali.workflow.TaskDecision;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The auditor's timeline of one change (target: under 100 ms, docs/benchmark.md), over HTTP in a signed-in browser
 * session, for a change as the demo has them in flight (waiting at the field check) and for one walked up the whole
 * chain with a return, a deliberation and the ministry's next cycle; and what recording the taken flows costs a
 * deliberation of 200 households. Run by the Maven profile {@code bench} (or {@code -Dit.test=TimelineBenchmark}): it
 * prints figures and asserts nothing about them.
 */
@IntegrationTest
@Import(ChangeDriver.class)
class TimelineBenchmark {

    private static final int WARM_UP = Integer.getInteger("bench.warm-up", 30);
    private static final int SAMPLES = Integer.getInteger("bench.timeline-samples", 50);
    private static final String WALKED_VILLAGE = "61.12.09.2004";
    private static final String DELIBERATING_VILLAGE = "61.12.09.2005";

    @Autowired
    Api api;

    @Autowired
    ChangeDriver driver;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void timeline_of_one_change_and_the_flow_record_of_a_deliberation() {
        var waiting = driver.check(newHousehold(WALKED_VILLAGE, "Warga Menunggu"));
        var walked = walkedUpTheChain();

        var auditor = api.browser();
        auditor.login("auditor-6112", Api.DEMO_PASSWORD);
        for (var change : List.of(waiting, walked)) {
            var stage = driver.reload(change).stage();
            var timeline = timed(auditor, "/api/audit/change-requests/" + change.id() + "/timeline");
            // The change's own page in the same session: what any request costs on this machine at this moment.
            var page = timed(auditor, "/api/change-requests/" + change.id());
            System.out.printf(
                    "[bench] timeline of %s (%s, %d events): %d GETs, p50 %.1f ms, p95 %.1f ms;"
                            + " the change's page p50 %.1f ms, p95 %.1f ms%n",
                    change.number(),
                    stage,
                    auditor.get("/api/audit/change-requests/" + change.id() + "/timeline")
                            .body()
                            .get("events")
                            .size(),
                    timeline.samples(),
                    timeline.p50(),
                    timeline.p95(),
                    page.p50(),
                    page.p95());
        }

        deliberationOf200();
    }

    private static Latencies timed(Api.Browser browser, String path) {
        for (int i = 0; i < WARM_UP; i++) {
            browser.get(path);
        }
        var nanos = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            var response = browser.get(path);
            nanos[i] = System.nanoTime() - start;
            if (response.status() != 200) {
                throw new IllegalStateException(path + " answered " + response.status());
            }
        }
        return Latencies.of(nanos);
    }

    private ChangeRequestView walkedUpTheChain() {
        var change = driver.check(newHousehold(WALKED_VILLAGE, "Warga Berjalan"));
        change = driver.decide(change, TaskDecision.approve());
        var musdes = deliberation(
                "VILLAGE", WALKED_VILLAGE, item(driver.openTask(change).getId(), "APPROVE", null));
        var held = api.as("kades-6112092004").postMultipart(DeliberationForm.PATH, form(musdes, PDF, "ba.pdf"));
        assertThat(held.status())
                .as("the walked change's musdes: %s", held.body())
                .isEqualTo(201);
        driver.applyDecisions();
        change = driver.approveUpTo(driver.reload(change), Stage.DISTRICT_VERIFICATION);
        change = driver.decide(change, new TaskDecision(Decision.RETURN, "Belum lengkap", null, null, null));
        change = driver.approveUpTo(change, Stage.MINISTRY_DETERMINATION);
        if (driver.openTask(change) == null) {
            driver.runJob(change, TIMER_WAIT_FOR_NEXT_CYCLE);
        }
        change = driver.decide(change, ChangeDriver.approvalAt(Stage.MINISTRY_DETERMINATION));
        driver.runJob(change, TASK_APPLY_CHANGE);
        return driver.reload(change);
    }

    /**
     * A new household proposed in the village: the inbox benchmark, run before in the same database, leaves no
     * household of a village untouched, and a new one never meets a change already in flight.
     */
    private ChangeRequestView newHousehold(String village, String headName) {
        var born = LocalDate.of(1975, 6, 14);
        var head = new NewMember(driver.freshNik(born, Sex.FEMALE), headName, born, Sex.FEMALE, Relationship.HEAD);
        return driver.proposeNewHousehold(driver.newHouseholdIn(village, List.of(head)));
    }

    /**
     * A village deliberation of 200 households, timed as DeliberationApiIT times it, with the flows it took counted;
     * then the same number of flow rows written as the recorder does (one batch) and a statement each, in a
     * transaction rolled back.
     */
    private void deliberationOf200() {
        var items = new ArrayList<Map<String, Object>>();
        for (var change : new DeliberationTimings(api, driver).atVillageDeliberation(DELIBERATING_VILLAGE, 200)) {
            items.add(item(driver.openTask(driver.reload(change)).getId(), "APPROVE", null));
        }
        var request = deliberation("VILLAGE", DELIBERATING_VILLAGE);
        request.put("decisions", items);
        long flowsBefore = maxSeq();
        long start = System.nanoTime();
        var held = api.as("kades-6112092005").postMultipart(DeliberationForm.PATH, form(request, PDF, "ba-200.pdf"));
        long recorded = System.nanoTime();
        assertThat(held.status())
                .as("the 200-household musdes: %s", held.body())
                .isEqualTo(201);
        driver.applyDecisions();
        long applied = System.nanoTime();
        long flows = maxSeq() - flowsBefore;
        System.out.printf(
                "[bench] 200-task village deliberation: recorded in %d ms, its decisions applied in %d ms more, %d"
                        + " flows recorded%n",
                (recorded - start) / 1_000_000, (applied - recorded) / 1_000_000, flows);

        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < flows; i++) {
            rows.add(new Object[] {"bench-" + i, "Flow_X", "A", "B", Timestamp.from(Instant.now())});
        }
        var insert = """
                insert into taken_flow (process_instance_id, flow_id, source_activity_id, target_activity_id, taken_at)
                values (?, ?, ?, ?, ?)""";
        var inTransaction = new TransactionTemplate(transactions);
        for (int round = 0; round < 3; round++) {
            long batch = timeRolledBack(inTransaction, () -> driver.jdbc.batchUpdate(insert, rows));
            long each = timeRolledBack(inTransaction, () -> rows.forEach(row -> driver.jdbc.update(insert, row)));
            System.out.printf(
                    "[bench] %d flow rows: one batch %.1f ms, a statement each %.1f ms%n",
                    rows.size(), batch / 1e6, each / 1e6);
        }
    }

    private static long timeRolledBack(TransactionTemplate inTransaction, Runnable work) {
        return inTransaction.execute(status -> {
            long start = System.nanoTime();
            work.run();
            long nanos = System.nanoTime() - start;
            status.setRollbackOnly();
            return nanos;
        });
    }

    private long maxSeq() {
        Long max = driver.jdbc.queryForObject("select max(seq) from taken_flow", Long.class);
        return max == null ? 0 : max;
    }
}
