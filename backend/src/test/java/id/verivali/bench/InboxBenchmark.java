package id.verivali.bench;

import id.verivali.changerequest.ChangeRequestView;
import id.verivali.changerequest.Stage;
import id.verivali.demo.DemoRegistries;
import id.verivali.inbox.InboxService;
import id.verivali.security.CurrentUser;
import id.verivali.security.Role;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import id.verivali.workflow.ChangeDriver;
import id.verivali.workflow.Tasks;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox at 150,000 open household changes, next to the plain engine's {@code TaskQuery} doing the same work in the
 * same run, and task completion through the engine with and without V9's index on {@code ACT_RU_TASK
 * (PARENT_TASK_ID_)}. Run by the Maven profile {@code bench} only (docs/benchmark.md): it prints figures and asserts
 * nothing about them.
 */
@IntegrationTest
@Import({ChangeDriver.class, DemoRegistries.class})
class InboxBenchmark {

    private static final int OPEN_CHANGES = Integer.getInteger("bench.open-changes", 150_000);
    private static final int WARM_UP = Integer.getInteger("bench.warm-up", 30);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 200);
    /** Real changes completed per stage, with and without the index each. */
    private static final int COMPLETIONS = Integer.getInteger("bench.completions", 100);

    /** The open changes at which deliberations are timed before the full 150,000: the curve of their cost. */
    private static final List<Integer> CURVE = List.of(1_000, 50_000);
    /** Households a timed deliberation decides: a large village's musdes. */
    private static final int DELIBERATED = Integer.getInteger("bench.deliberated", 200);
    /** A village each for the curve's three points (Kecamatan Sungai Kakap, whose Camat holds the plenaries). */
    private static final List<String> DELIBERATING_VILLAGES =
            List.of("61.12.09.2001", "61.12.09.2002", "61.12.09.2003");

    private static final int COMPLETION_WARM_UP = 10;
    private static final int PAGE_SIZE = 50;
    private static final String DISTRICT = "61.12";
    private static final String VILLAGE = ChangeDriver.TELUK_EMPENING;
    private static final String KECAMATAN = ChangeDriver.TERENTANG;
    private static final String PARENT_TASK_INDEX = "ACT_IDX_TASK_PARENT_TASK_ID";
    /** The open work a district's round adds (Kutai Kartanegara's households), for the dashboards' second row. */
    private static final int ROUND_OPEN = Integer.getInteger("bench.round-open", 60_937);

    private static final String SUPERVISOR = "supervisor-6112";
    private static final String DISTRICT_OPERATOR = "dinsos-6112";
    private static final String DEADLINES = "/api/supervision/deadlines";
    private static final String PROGRESS = "/api/supervision/progress";
    /** With a period, so that the registry before and after is counted too. */
    private static final String SUMMARY = "/api/reports/summary?since=2016-01-01";

    /** The count query our inbox's page runs (WorkItemRepository.openFor, as Spring Data counts a page of it). */
    private static final String INBOX_COUNT = """
            select count(w) from WorkItem w
            where w.candidateRole = :role and w.candidateRegion = :region and w.state = 'OPEN'""";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        // On H2 a file under target/, kept so that the next run skips the fill; the mysql profile brings its own URL.
        if (!System.getProperty("spring.profiles.active", "").contains("mysql")) {
            var file = System.getProperty("bench.h2-file", "target/bench/verivali");
            registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE");
        }
    }

    @Autowired
    ChangeDriver driver;

    @Autowired
    Api api;

    @Autowired
    InboxService inbox;

    @Autowired
    TaskService taskService;

    @Autowired
    Tasks tasks;

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManager entityManager;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DemoRegistries registries;

    private final BenchReport report = new BenchReport("inbox");

    @Test
    void inbox_and_completion_at_150000_open_changes() throws Exception {
        var database = BenchReport.databaseName(dataSource);
        print("# Inbox benchmark, %s, %s (load average %s)".formatted(database, Instant.now(), BenchReport.load()));
        print("");

        var real = startAtFieldCheck(3 + COMPLETION_WARM_UP + 2 * COMPLETIONS);
        var templates = List.of(
                new OpenChangeFill.Template(rowsOf(real.get(0)), 18),
                new OpenChangeFill.Template(rowsOf(driver.approveUpTo(real.get(1), Stage.VILLAGE_DELIBERATION)), 1),
                new OpenChangeFill.Template(rowsOf(driver.approveUpTo(real.get(2), Stage.SUBDISTRICT_PLENARY)), 1));
        var curve = new ArrayList<String>();
        for (var step : CURVE) {
            if (step < OPEN_CHANGES) {
                fill(templates, step);
                curve.add(measureDeliberations(curve.size()));
            }
        }
        fill(templates, OPEN_CHANGES);
        curve.add(measureDeliberations(curve.size()));
        printDeliberations(curve);

        print("");
        print("%,d changes open, %,d tasks in ACT_RU_TASK; load average before the inboxes: %s."
                .formatted(
                        count("select count(*) from change_request where status = 'IN_PROGRESS'"),
                        count("select count(*) from ACT_RU_TASK"),
                        BenchReport.load()));
        print("");
        print("## Inbox: first page of %d, earliest due first, and its count (ms)".formatted(PAGE_SIZE));
        print("");
        print("Ours: `InboxService.inbox` (what `GET /api/tasks` returns: a page of work items and their total) and the"
                + " count query it runs. Plain engine: `taskService.createTaskQuery().taskCandidateGroup(g)"
                + ".orderByDueDate().asc()` with `.listPage(0, %d)` and `.count()`. %d samples each after %d warm-up"
                        .formatted(PAGE_SIZE, SAMPLES, WARM_UP)
                + " runs; ratio = ours / plain engine.");
        print("");
        print("| inbox | open tasks | what | ours p50 | ours p95 | engine p50 | engine p95 | ratio p50 | ratio p95 |");
        print("|---|---:|---|---:|---:|---:|---:|---:|---:|");
        measureInbox(
                "village " + VILLAGE + " (operator)",
                new CurrentUser("op-6112042002", "", "Operator", Role.VILLAGE_OPERATOR, VILLAGE, true));
        measureInbox(
                "kecamatan " + KECAMATAN + " (Camat)",
                new CurrentUser("camat-611204", "", "Camat", Role.SUBDISTRICT_HEAD, KECAMATAN, true));

        measureCompletions(real.subList(3, real.size()));
        measureDashboards(templates);
        print("");
        print("Load average at the end: %s.".formatted(BenchReport.load()));
        report.write(dataSource);
    }

    /**
     * The deadlines and progress dashboards of the district and its published figures at the open work filled so far,
     * then with a round's worth more open (Kutai Kartanegara's 60,937 households), then the published figures of
     * Kutai Kartanegara's whole registry loaded beside it (60,937 households, 190,930 members: more records than Kota
     * Depok's 152,775, whose target is 1 s).
     */
    private void measureDashboards(List<OpenChangeFill.Template> templates) throws SQLException {
        var dashboards = new DashboardTimings(api, this::print);
        dashboards.header();
        var open = "%,d open".formatted(count("select count(*) from change_request where status = 'IN_PROGRESS'"));
        var households = "%,d households"
                .formatted(count(
                        "select count(*) from household where village_code like ? and status = 'ACTIVE'",
                        DISTRICT + ".%"));
        dashboards.measure("deadlines, district (9 kecamatan)", SUPERVISOR, DEADLINES, open, 100);
        dashboards.measure("progress, district", SUPERVISOR, PROGRESS, open, 100);
        dashboards.measure("summary, district " + DISTRICT, DISTRICT_OPERATOR, SUMMARY, open + ", " + households, 500);

        fill(templates, OPEN_CHANGES + ROUND_OPEN);
        var more = "%,d open".formatted(count("select count(*) from change_request where status = 'IN_PROGRESS'"));
        dashboards.measure("deadlines, district (9 kecamatan)", SUPERVISOR, DEADLINES, more, 100);
        dashboards.measure("progress, district", SUPERVISOR, PROGRESS, more, 100);

        var started = System.nanoTime();
        registries.kutaiKartanegara();
        var kutai = DemoRegistries.KUTAI_KARTANEGARA;
        var registry = "%,d households, %,d members"
                .formatted(
                        count("select count(*) from household where village_code like ?", kutai + ".%"),
                        count(
                                "select count(*) from household_member m join household h on h.id = m.household_id"
                                        + " where h.village_code like ?",
                                kutai + ".%"));
        print("");
        print("Kutai Kartanegara's registry (%s) loaded in %.0f s."
                .formatted(registry, (System.nanoTime() - started) / 1e9));
        dashboards.header();
        dashboards.measure(
                "summary, Kutai Kartanegara " + kutai, "dinsos-" + kutai.replace(".", ""), SUMMARY, registry, 500);
    }

    /** Proposes re-verifications through the application until {@code count} wait at the field check. */
    private List<ChangeRequestView> startAtFieldCheck(int count) {
        var started = System.nanoTime();
        var households = driver.jdbc.queryForList("""
                select h.id from household h
                where h.village_code like ? and h.status = 'ACTIVE'
                  and not exists (select 1 from change_request c where c.household_id = h.id
                                  and (c.idempotency_key is null or c.idempotency_key not like ?))
                  and (select count(*) from household o where o.kk_number = h.kk_number) = 1
                  and exists (select 1 from household_member m where m.household_id = h.id and m.status = 'ACTIVE')
                order by h.id""", Long.class, DISTRICT + ".%", OpenChangeFill.KEY_PREFIX + "%");
        var atFieldCheck = new ArrayList<ChangeRequestView>();
        for (var household : households) {
            if (atFieldCheck.size() == count) {
                break;
            }
            var change = driver.check(driver.proposeReverification(household));
            // Ghost households (dead, unknown NIKs, duplicates) end at the checks.
            if (change.stage() == Stage.FIELD_CHECK) {
                atFieldCheck.add(change);
            }
        }
        if (atFieldCheck.size() < count) {
            throw new IllegalStateException("Only %d households of %s passed the checks; the benchmark needs %d"
                    .formatted(atFieldCheck.size(), DISTRICT, count));
        }
        print("Started %d real changes through the application to the field check in %.0f s (templates, completions)."
                .formatted(count, (System.nanoTime() - started) / 1e9));
        return atFieldCheck;
    }

    private InstanceRows rowsOf(ChangeRequestView change) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            return InstanceRows.read(connection, change.id());
        }
    }

    /**
     * A village deliberation of {@link #DELIBERATED} new households and their kecamatan's plenary at the open work the
     * database holds now, each in a village of its own; returns the curve's row.
     */
    private String measureDeliberations(int step) {
        var open = count("select count(*) from change_request where status = 'IN_PROGRESS'");
        var village = DELIBERATING_VILLAGES.get(step);
        var timings = new DeliberationTimings(api, driver).measure(village, DELIBERATED);
        var row = "| %,d | %s | %.0f | %.1f | %.0f | %.1f | %.0f | %.1f | %.0f | %.1f |"
                .formatted(
                        open,
                        village,
                        timings.village().recordedMs(),
                        timings.village().recordedMsEach(),
                        timings.village().appliedMs(),
                        timings.village().appliedMsEach(),
                        timings.plenary().recordedMs(),
                        timings.plenary().recordedMsEach(),
                        timings.plenary().appliedMs(),
                        timings.plenary().appliedMsEach());
        print("Deliberations at %,d open changes: %s".formatted(open, row));
        return row;
    }

    private void printDeliberations(List<String> curve) {
        print("");
        print("## Deliberations of %d households as the open work grows (ms)".formatted(DELIBERATED));
        print("");
        print(
                "A village deliberation of %d new households (`POST /api/deliberations` over HTTP, signed in as the village"
                                .formatted(DELIBERATED)
                        + " head), then their kecamatan's plenary (the Camat). *Recorded*: the request, from sending it to its"
                        + " answer (target: under 2,000 ms, 10 ms a household). *Applied*: the engine completing each task and"
                        + " opening the next level's after it, the decision jobs run one after another in one thread.");
        print("");
        print("| open changes | village | musdes recorded | a household | applied | a household"
                + " | plenary recorded | a household | applied | a household |");
        print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        curve.forEach(this::print);
    }

    private void fill(List<OpenChangeFill.Template> templates, int target) throws SQLException {
        var open = count("select count(*) from change_request where status = 'IN_PROGRESS'");
        var filled = count(
                "select count(*) from change_request where idempotency_key like ?", OpenChangeFill.KEY_PREFIX + "%");
        print("Each filled change copies a real one (a template per stage; rows per change: "
                + templates.stream()
                        .map(t -> t.rows().changeRequest().get("STAGE") + " "
                                + t.rows().rowsPerTable())
                        .toList()
                + ").");
        if (open >= target) {
            print("%,d changes were open already (%,d of them filled by an earlier run): no fill."
                    .formatted(open, filled));
            return;
        }
        var fill = new OpenChangeFill(dataSource, templates, villages(), ZoneId.systemDefault(), this::print);
        OpenChangeFill.Filled done;
        // H2 caches 16 MB of pages by default: the fill's random index inserts would read most pages from the file.
        // The fill gets 1 GB; the measurements run with the default again.
        var h2Cache = isMySql()
                ? null
                : driver.jdbc.queryForObject(
                        "select setting_value from information_schema.settings where setting_name = 'info.CACHE_MAX_SIZE'",
                        String.class);
        try {
            if (h2Cache != null) {
                driver.jdbc.execute("set cache_size " + 1024 * 1024);
            }
            done = fill.fill((int) filled, (int) (target - open));
        } finally {
            if (h2Cache != null) {
                driver.jdbc.execute("set cache_size " + Integer.parseInt(h2Cache) * 1024);
            }
        }
        // The fill writes by JDBC, not through the application: its villages are marked as the application's writes
        // would mark them, and the dashboards count them again on their next request.
        driver.jdbc.update(
                "insert into open_work_tally_mark (village_code) select distinct village_code from work_item"
                        + " where village_code like ?",
                DISTRICT + ".%");
        driver.jdbc.update(
                "insert into change_progress_tally_mark (village_code) select distinct village_code from change_request"
                        + " where village_code like ?",
                DISTRICT + ".%");
        print("Filled %,d open changes (%,d inserts) in %.0f s: %,.0f changes/s, %,.0f rows/s."
                .formatted(
                        done.changes(),
                        done.rows(),
                        done.took().toMillis() / 1000.0,
                        done.changes() / (done.took().toMillis() / 1000.0),
                        done.rows() / (done.took().toMillis() / 1000.0)));
        analyze();
    }

    private List<OpenChangeFill.Village> villages() {
        var households = new LinkedHashMap<String, List<Long>>();
        driver.jdbc.query(
                "select id, village_code from household where status = 'ACTIVE' and village_code like ? order by id",
                row -> {
                    households
                            .computeIfAbsent(row.getString(2), v -> new ArrayList<>())
                            .add(row.getLong(1));
                },
                DISTRICT + ".%");
        return driver
                .jdbc
                .queryForList(
                        "select code, parent_code from region where region_level = 'VILLAGE' and code like ? order by code",
                        DISTRICT + ".%")
                .stream()
                .filter(region -> households.containsKey((String) region.get("code")))
                .map(region -> new OpenChangeFill.Village(
                        (String) region.get("code"), (String) region.get("parent_code"), households.get((String)
                                region.get("code"))))
                .toList();
    }

    /** Fresh statistics after the bulk insert, as a database in service would have them. */
    private void analyze() {
        if (isMySql()) {
            for (var table : List.of(
                    "ACT_RU_TASK",
                    "ACT_RU_IDENTITYLINK",
                    "ACT_RU_EXECUTION",
                    "ACT_RU_VARIABLE",
                    "ACT_RU_JOB",
                    "ACT_RU_EVENT_SUBSCR",
                    "work_item",
                    "change_request")) {
                driver.jdbc.queryForList("analyze table " + table);
            }
        } else {
            driver.jdbc.execute("analyze");
        }
    }

    private void measureInbox(String name, CurrentUser official) {
        var group = official.role().name() + ":" + official.regionCode();
        var open = inbox.inbox(official, null, false, 0, PAGE_SIZE).totalElements();
        var engineOpen = query(group).count();

        var page = time(() -> inbox.inbox(official, null, false, 0, PAGE_SIZE));
        var readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        var count = time(() -> readOnly.execute(status -> entityManager
                .createQuery(INBOX_COUNT, Long.class)
                .setParameter("role", official.role().name())
                .setParameter("region", official.regionCode())
                .getSingleResult()));

        var enginePage = new long[SAMPLES];
        var engineCount = new long[SAMPLES];
        var engineBoth = new long[SAMPLES];
        for (int i = -WARM_UP; i < SAMPLES; i++) {
            var start = System.nanoTime();
            query(group).listPage(0, PAGE_SIZE);
            var between = System.nanoTime();
            query(group).count();
            var end = System.nanoTime();
            if (i >= 0) {
                enginePage[i] = between - start;
                engineCount[i] = end - between;
                engineBoth[i] = end - start;
            }
        }
        var tasksLabel = open == engineOpen ? "%,d".formatted(open) : "%,d (engine: %,d)".formatted(open, engineOpen);
        row(name, tasksLabel, "page and its count", page, Latencies.of(engineBoth));
        row(name, tasksLabel, "count", count, Latencies.of(engineCount));
        row(name, tasksLabel, "page alone (engine)", null, Latencies.of(enginePage));
    }

    private TaskQuery query(String group) {
        return taskService
                .createTaskQuery()
                .taskCandidateGroup(group)
                .orderByDueDate()
                .asc();
    }

    private void row(String inbox, String open, String what, Latencies ours, Latencies engine) {
        print("| %s | %s | %s | %s | %s | %.1f | %.1f | %s | %s |"
                .formatted(
                        inbox,
                        open,
                        what,
                        ours == null ? "" : "%.1f".formatted(ours.p50()),
                        ours == null ? "" : "%.1f".formatted(ours.p95()),
                        engine.p50(),
                        engine.p95(),
                        ours == null ? "" : "%.3f".formatted(ours.p50() / engine.p50()),
                        ours == null ? "" : "%.3f".formatted(ours.p95() / engine.p95())));
    }

    private static Latencies time(Supplier<?> work) {
        var nanos = new long[SAMPLES];
        for (int i = -WARM_UP; i < SAMPLES; i++) {
            var start = System.nanoTime();
            work.get();
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        return Latencies.of(nanos);
    }

    /**
     * Real changes decided through the engine ({@code Tasks.complete}: {@code taskService.complete} as the official,
     * with the inbox's read model kept in step by the task listeners), half of them with the index on
     * {@code PARENT_TASK_ID_} dropped; the halves take turns per stage, so that warming up favours neither.
     */
    private void measureCompletions(List<ChangeRequestView> changes) {
        var openTasks = count("select count(*) from ACT_RU_TASK");
        var warmUp = changes.subList(0, COMPLETION_WARM_UP);
        var without = changes.subList(COMPLETION_WARM_UP, COMPLETION_WARM_UP + COMPLETIONS);
        var with = changes.subList(COMPLETION_WARM_UP + COMPLETIONS, COMPLETION_WARM_UP + 2 * COMPLETIONS);
        var withoutIndex = new ArrayList<Long>();
        var withIndex = new ArrayList<Long>();
        String planWithout;
        String planWith;
        try {
            complete(warmUp);
            parentTaskIndex(false);
            planWithout = subtaskPlan();
            complete(without).forEach(withoutIndex::add);
            parentTaskIndex(true);
            planWith = subtaskPlan();
            complete(with).forEach(withIndex::add);
            parentTaskIndex(false);
            complete(without).forEach(withoutIndex::add);
            parentTaskIndex(true);
            complete(with).forEach(withIndex::add);
        } finally {
            parentTaskIndex(true);
        }
        print("");
        print("## Task completion through the engine, %,d open tasks (ms)".formatted(openTasks));
        print("");
        print("`Tasks.complete` (`taskService.complete` as the official, with the listeners that keep the inbox) on %d"
                        .formatted(2 * COMPLETIONS)
                + " real changes' field checks and then their village deliberations, each after %d warm-up completions;"
                        .formatted(COMPLETION_WARM_UP)
                + " the index dropped for one half and present for the other, taking turns.");
        print("");
        print("| `ACT_RU_TASK (PARENT_TASK_ID_)` | completions | p50 | p95 |");
        print("|---|---:|---:|---:|");
        var before =
                Latencies.of(withoutIndex.stream().mapToLong(Long::longValue).toArray());
        var after = Latencies.of(withIndex.stream().mapToLong(Long::longValue).toArray());
        print("| not indexed (Camunda 7.24's schema) | %d | %.1f | %.1f |"
                .formatted(before.samples(), before.p50(), before.p95()));
        print("| indexed (V9) | %d | %.1f | %.1f |".formatted(after.samples(), after.p50(), after.p95()));
        print("");
        print(
                "`SELECT * FROM ACT_RU_TASK WHERE PARENT_TASK_ID_ = ?`, the database's plan without the index: `%s`; with it: `%s`."
                        .formatted(planWithout, planWith));
    }

    /** Decides each change's current task; returns how long each {@code complete} took. */
    private List<Long> complete(List<ChangeRequestView> changes) {
        var took = new ArrayList<Long>();
        for (var change : changes) {
            var current = driver.reload(change);
            var task = driver.openTask(current);
            var official = ChangeDriver.officialOf(current);
            var decision = ChangeDriver.approvalAt(current.stage());
            var start = System.nanoTime();
            tasks.complete(task.getId(), decision, official);
            took.add(System.nanoTime() - start);
        }
        return took;
    }

    private void parentTaskIndex(boolean present) {
        var exists = !driver.jdbc
                .queryForList(
                        isMySql()
                                ? "select index_name from information_schema.statistics where table_schema = database()"
                                        + " and table_name = 'ACT_RU_TASK' and index_name = '" + PARENT_TASK_INDEX + "'"
                                : "select index_name from information_schema.indexes where table_name = 'ACT_RU_TASK'"
                                        + " and index_name = '" + PARENT_TASK_INDEX + "'")
                .isEmpty();
        if (present && !exists) {
            driver.jdbc.execute("create index " + PARENT_TASK_INDEX + " on ACT_RU_TASK (PARENT_TASK_ID_)");
        } else if (!present && exists) {
            driver.jdbc.execute(
                    isMySql()
                            ? "drop index " + PARENT_TASK_INDEX + " on ACT_RU_TASK"
                            : "drop index " + PARENT_TASK_INDEX);
        }
    }

    /** H2's index or table-scan comments, or MySQL's access type, index and estimated rows. */
    private String subtaskPlan() {
        return driver.jdbc.queryForList("explain select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'x'").stream()
                .map(row -> {
                    var columns = new TreeMap<String, Object>(String.CASE_INSENSITIVE_ORDER);
                    columns.putAll(row);
                    if (columns.containsKey("type")) {
                        return "type=%s key=%s rows=%s"
                                .formatted(columns.get("type"), columns.get("key"), columns.get("rows"));
                    }
                    var comments = Pattern.compile("/\\*(.*?)\\*/", Pattern.DOTALL)
                            .matcher(String.valueOf(row.values().iterator().next()));
                    var found = new ArrayList<String>();
                    while (comments.find()) {
                        found.add(comments.group(1).trim());
                    }
                    return String.join("; ", found);
                })
                .collect(Collectors.joining(" / "));
    }

    /** The machine's one-minute load average: the benchmark shares two cores with whatever else runs. */
    private boolean isMySql() {
        return driver.jdbc.execute((java.sql.Connection c) ->
                !c.getMetaData().getDatabaseProductName().equals("H2"));
    }

    private long count(String sql, Object... arguments) {
        return driver.jdbc.queryForObject(sql, Long.class, arguments);
    }

    private void print(String line) {
        report.print(line);
    }
}
