package id.verivali.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two nodes of Verivali on one MySQL database, as a province would run them: the built jar twice, on two ports, with
 * a small demo district and every deadline's day lasting a few seconds. A browser signs in through one node and acts
 * through the other; a round of a few hundred changes starts on both, one node is killed with {@code kill -9} part
 * way through it, the survivor finishes it, the dead node comes back, and the field checks' reminders and
 * escalations fall due while both run. The database then shows every timer fired once, every civil-registry check
 * answered once, every change in exactly one stage. MySQL only (the mysql-it profile): H2 serves one process.
 */
@EnabledIfSystemProperty(named = "spring.profiles.active", matches = ".*mysql.*")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralNodesIT {

    private static final String DISTRICT = "61.12";
    /** The round's kecamatan (Teluk Pakedai, Kubu, Terentang); the rest of the district stays untouched. */
    private static final List<String> ROUND_KECAMATAN = List.of("61.12.03", "61.12.04", "61.12.05");

    private static final String OPENER = "kadinsos-6112";
    /** A field check is due in 14 days, reminded 3 days before: 42 and 33 seconds after it opens. */
    private static final Duration DAY = Duration.ofSeconds(3);

    private static final Duration WITHIN = Duration.ofMinutes(4);

    final String database = Database.name("cluster");
    Node first;
    Node second;

    @BeforeAll
    void twoNodesOnOneDatabase() throws Exception {
        Database.create(database);
        var settings = List.of(
                "--verivali.demo.households=1500",
                "--verivali.demo.changes-per-village=0",
                "--verivali.demo.targets=false",
                "--verivali.rounds.batch-size=20",
                "--verivali.rounds.poll-interval=200ms",
                "--verivali.workflow.test-only-day-lasts=" + DAY,
                // A dead node's locks return to the living in seconds rather than minutes, so the test sees it.
                "--verivali.workflow.civil-registry-worker.lock-duration=15s",
                "--camunda.bpm.job-execution.lock-time-in-millis=15000",
                "--camunda.bpm.job-execution.wait-time-in-millis=1000",
                "--camunda.bpm.job-execution.max-wait=2000");
        // One after the other: the first fills the empty database with the demo, the second finds it filled.
        first = new Node("node-1", database, settings).start();
        second = new Node("node-2", database, settings).start();
    }

    @AfterAll
    void stopAndDrop() throws Exception {
        for (var node : new Node[] {first, second}) {
            if (node != null) {
                node.stop();
            }
        }
        Database.drop(database);
    }

    @Test
    @Order(1)
    void a_round_survives_a_killed_node_and_every_timer_fires_once_across_two_nodes() throws Exception {
        // Signed in through the first node, acting through the second: the session is in the database.
        var browser = Client.browser();
        assertThat(browser.signIn(first, OPENER).status()).isEqualTo(200);
        var me = browser.get(second, "/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("username").asText()).isEqualTo(OPENER);

        var opened = browser.post(second, "/api/rounds", roundOver(ROUND_KECAMATAN));
        assertThat(opened.status()).as(String.valueOf(opened.body())).isEqualTo(201);
        long roundId = opened.body().get("id").asLong();
        int total = opened.body().get("householdsTotal").asInt();

        // Part way through, the first node dies with its batch in flight; the second finishes the round.
        waitFor(browser, second, roundId, round -> round.get("householdsDone").asInt() >= total / 4);
        first.kill();
        int doneAtKill = count("select changes_started + already_in_progress + left_registry"
                + " from verification_round where id = " + roundId);
        assertThat(doneAtKill).as("killed part way").isBetween(1, total - 1);
        var finished = waitFor(
                browser, second, roundId, round -> round.get("status").asText().equals("ALL_STARTED"));

        // The first node comes back, and the session made on it before it died still signs the browser in.
        first.start();
        assertThat(browser.get(first, "/api/me").status()).isEqualTo(200);

        // Both run while the field checks' reminders and escalations fall due.
        int changes = finished.get("changesStarted").asInt();
        waitUntil(
                "every field check escalated",
                () -> count("select count(*) from work_item where follow_up = true") >= changes);
        Thread.sleep(DAY.toMillis() * 2); // anything due twice would have fired by now

        int reminders = count(
                "select count(*) from ACT_HI_JOB_LOG where ACT_ID_ = 'Timer_RemindFieldCheck'" + " and JOB_STATE_ = 2");
        int escalations = count("select count(*) from ACT_HI_JOB_LOG where ACT_ID_ = 'Timer_EscalateFieldCheck'"
                + " and JOB_STATE_ = 2");
        int timersTwice = count("select count(*) from (select JOB_ID_ from ACT_HI_JOB_LOG where JOB_STATE_ = 2"
                + " group by JOB_ID_ having count(*) > 1) twice");
        int followUps = count("select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = 'Task_FollowUpFieldCheck'");
        int followUpsTwice = count("select count(*) from (select PROC_INST_ID_ from ACT_RU_TASK"
                + " where TASK_DEF_KEY_ = 'Task_FollowUpFieldCheck' group by PROC_INST_ID_ having count(*) > 1) t");
        int checksAnswered = count("select count(*) from ACT_HI_EXT_TASK_LOG where TOPIC_NAME_ ="
                + " 'civil-registry-check' and STATE_ = 2");
        int checksTwice = count("select count(*) from (select EXT_TASK_ID_ from ACT_HI_EXT_TASK_LOG where STATE_ = 2"
                + " group by EXT_TASK_ID_ having count(*) > 1) twice");
        int inScope = count("select count(*) from household h where h.status = 'ACTIVE' and ("
                + inKecamatan("h", ROUND_KECAMATAN) + ") and h.id <= (select last_household_id"
                + " from verification_round where id = " + roundId + ")");
        int roundRows = count("select count(*) from verification_round_household where round_id = " + roundId);
        int householdsTwice = count("select count(*) from (select household_id from change_request"
                + " group by household_id having count(*) > 1) twice");
        int notInOneStage = count("select count(*) from change_request c where c.status = 'IN_PROGRESS' and (select"
                + " count(*) from work_item w where w.change_request_id = c.id and w.state = 'OPEN'"
                + " and w.follow_up = false and w.stage = c.stage) <> 1");
        int instancesWithoutChange = count("select count(*) from ACT_RU_EXECUTION e where e.PARENT_ID_ is null and"
                + " not exists (select 1 from change_request c where c.process_instance_id = e.PROC_INST_ID_)");
        System.out.printf(
                "[two nodes] round %d: %d households, %d changes started (%d before the kill); timers fired: %d"
                        + " reminders, %d escalations, %d twice; follow-ups %d (%d twice); civil-registry checks"
                        + " answered %d (%d twice); households with two changes %d; changes not in exactly one"
                        + " stage %d; instances without a change %d%n",
                roundId,
                total,
                changes,
                doneAtKill,
                reminders,
                escalations,
                timersTwice,
                followUps,
                followUpsTwice,
                checksAnswered,
                checksTwice,
                householdsTwice,
                notInOneStage,
                instancesWithoutChange);

        // Each node ran its share of the jobs, and found some taken by the other first.
        var scraper = Client.script("prometheus");
        for (var node : List.of(first, second)) {
            String metrics = scraper.text(node, "/actuator/prometheus");
            System.out.printf(
                    "[two nodes] %s since its (re)start: %.0f jobs run, %.0f jobs found locked by the other node, %.0f"
                            + " acquisitions%n",
                    node.name(),
                    counter(metrics, "camunda_job_successful_total"),
                    counter(metrics, "camunda_job_acquired_failure_total"),
                    counter(metrics, "camunda_job_acquisition_attempt_total"));
            assertThat(counter(metrics, "camunda_job_successful_total"))
                    .as(node.name() + " ran jobs")
                    .isPositive();
        }

        assertThat(roundRows).isEqualTo(inScope).isEqualTo(total);
        assertThat(changes).isPositive();
        assertThat(reminders).isEqualTo(changes);
        assertThat(escalations).isEqualTo(changes);
        assertThat(followUps).isEqualTo(changes);
        assertThat(checksAnswered).isEqualTo(changes);
        assertThat(timersTwice).isZero();
        assertThat(followUpsTwice).isZero();
        assertThat(checksTwice).isZero();
        assertThat(householdsTwice).isZero();
        assertThat(notInOneStage).isZero();
        assertThat(instancesWithoutChange).isZero();
    }

    @Test
    @Order(2)
    @EnabledIf("theDatabaseCanBeRestarted")
    void while_the_database_restarts_requests_are_refused_with_503_and_nothing_accepted_is_lost() throws Exception {
        // Re-verifications proposed in a kecamatan the round left alone, and the round's field checks decided.
        var proposals = rows(
                        database,
                        "select h.id, h.village_code from household h where h.status = 'ACTIVE' and"
                                + " h.village_code like '61.12.01.%' and not exists (select 1 from change_request c"
                                + " where c.household_id = h.id) order by h.id limit 400")
                .stream()
                .map(row -> new Work(
                        "proposal",
                        String.valueOf(row.get("id")),
                        operatorOf((String) row.get("village_code")),
                        "/api/change-requests",
                        Map.of("type", "REVERIFY", "householdId", row.get("id"), "reason", "Verifikasi berkala")))
                .toList();
        var decisions = rows(
                        database,
                        "select task_id, village_code from work_item where stage = 'FIELD_CHECK' and"
                                + " state = 'OPEN' and follow_up = false order by task_id limit 400")
                .stream()
                .map(row -> new Work(
                        "decision",
                        (String) row.get("task_id"),
                        operatorOf((String) row.get("village_code")),
                        "/api/tasks/" + row.get("task_id") + "/complete",
                        Map.of("decision", "APPROVE")))
                .toList();

        // Two officials proposing through one node, two deciding through the other.
        var loads = List.of(
                new Load(second, proposals.subList(0, proposals.size() / 2)),
                new Load(second, proposals.subList(proposals.size() / 2, proposals.size())),
                new Load(first, decisions.subList(0, decisions.size() / 2)),
                new Load(first, decisions.subList(decisions.size() / 2, decisions.size())));
        loads.forEach(Thread::start);
        Thread.sleep(3_000);

        var down = Instant.now();
        MariaDb.shutDown();
        Thread.sleep(8_000);
        MariaDb.start();
        var back = Instant.now();
        System.out.printf(
                "[outage] MariaDB down for %.1f s%n",
                Duration.between(down, back).toMillis() / 1000.0);
        waitUntil(
                "every official's request accepted after the restart",
                () -> loads.stream().allMatch(load -> load.acceptedAfter(back)));
        Thread.sleep(2_000);
        var replies = new ArrayList<Sent>();
        for (var load : loads) {
            load.finish();
            replies.addAll(load.sent());
        }
        var refused =
                replies.stream().filter(sent -> sent.reply().status() == 503).toList();
        var accepted = replies.stream()
                .filter(sent -> sent.reply().status() == 200 || sent.reply().status() == 201)
                .toList();
        var recovered = accepted.stream()
                .map(Sent::answeredAt)
                .filter(at -> at.isAfter(back))
                .min(Instant::compareTo)
                .map(first -> Duration.between(back, first))
                .orElseThrow();
        var slowest = replies.stream()
                .map(sent -> sent.reply().took())
                .max(Duration::compareTo)
                .orElseThrow();
        System.out.printf(
                "[outage] %d requests: %d accepted (%d proposals, %d decisions), %d refused with 503 (%d proposals,"
                        + " %d decisions); the pool answered again %.1f s after the database was back; slowest"
                        + " reply %.1f s%n",
                replies.size(),
                accepted.size(),
                accepted.stream().filter(Sent::isProposal).count(),
                accepted.size() - accepted.stream().filter(Sent::isProposal).count(),
                refused.size(),
                refused.stream().filter(Sent::isProposal).count(),
                refused.size() - refused.stream().filter(Sent::isProposal).count(),
                recovered.toMillis() / 1000.0,
                slowest.toMillis() / 1000.0);

        assertThat(replies)
                .as("every request either accepted or refused with 503")
                .allSatisfy(sent -> assertThat(sent.reply().status())
                        .as(sent + " " + sent.reply().body())
                        .isIn(200, 201, 503));
        assertThat(refused).as("requests during the outage").isNotEmpty();
        assertThat(refused).allSatisfy(sent -> {
            assertThat(sent.reply().contentType()).startsWith("application/problem+json");
            assertThat(sent.reply().body().get("status").asInt()).isEqualTo(503);
            assertThat(sent.reply().retryAfter()).isNotBlank();
        });
        assertThat(slowest).as("no request hangs").isLessThan(Duration.ofSeconds(15));
        assertThat(recovered).as("the pool recovers by itself").isLessThan(Duration.ofSeconds(15));
        for (var sent : accepted) {
            assertThat(stored(sent.work())).as("accepted " + sent).isTrue();
        }
        for (var sent : refused) {
            assertThat(stored(sent.work())).as("refused " + sent).isFalse();
        }
    }

    /** Whether the work is in the database: the household's change proposed, or the task decided. */
    private boolean stored(Work work) throws SQLException {
        return work.isProposal()
                ? count("select count(*) from change_request where household_id = " + work.id()) == 1
                : count("select count(*) from ACT_RU_TASK where ID_ = '" + work.id() + "'") == 0;
    }

    boolean theDatabaseCanBeRestarted() {
        return MariaDb.canRestart();
    }

    private static String operatorOf(String villageCode) {
        return "op-" + villageCode.replace(".", "");
    }

    /** One request to make, as one official would, never repeated. */
    record Work(String kind, String id, String official, String path, Map<String, Object> body) {
        boolean isProposal() {
            return kind.equals("proposal");
        }
    }

    record Sent(Work work, Client.Reply reply, Instant answeredAt) {
        boolean isProposal() {
            return work.isProposal();
        }

        @Override
        public String toString() {
            return work.kind() + " " + work.id() + " → " + reply.status() + " in "
                    + reply.took().toMillis() + " ms";
        }
    }

    /** Sends its work to one node, one request at a time with a short pause, until told to stop or out of work. */
    static final class Load extends Thread {

        private final Node node;
        private final List<Work> work;
        private final List<Sent> sent = java.util.Collections.synchronizedList(new ArrayList<>());
        private volatile boolean stopping;
        private volatile Exception failure;

        Load(Node node, List<Work> work) {
            super("load-" + node.name() + "-" + work.get(0).id());
            this.node = node;
            this.work = work;
        }

        @Override
        public void run() {
            try {
                for (var next : work) {
                    if (stopping) {
                        return;
                    }
                    var reply = Client.script(next.official())
                            .post(
                                    node,
                                    next.path(),
                                    next.body(),
                                    Map.of(
                                            "Idempotency-Key",
                                            java.util.UUID.randomUUID().toString()));
                    sent.add(new Sent(next, reply, Instant.now()));
                    Thread.sleep(100);
                }
            } catch (Exception failed) {
                failure = failed;
            }
        }

        boolean acceptedAfter(Instant instant) {
            synchronized (sent) {
                return sent.stream()
                        .anyMatch(one -> one.answeredAt().isAfter(instant)
                                && (one.reply().status() == 200 || one.reply().status() == 201));
            }
        }

        void finish() throws Exception {
            stopping = true;
            join();
            if (failure != null) {
                throw failure;
            }
        }

        List<Sent> sent() {
            return List.copyOf(sent);
        }
    }

    /**
     * The suite's MariaDB, shut down with SQL and started again as {@code .ci/run} starts it (as root, or through
     * {@code sudo -n}); {@code -Dverivali.it.database-start="..."} names another command.
     */
    static final class MariaDb {

        private static final String SERVER = "/usr/sbin/mariadbd";

        static boolean canRestart() {
            return System.getProperty("verivali.it.database-start") != null
                    || java.nio.file.Files.isExecutable(java.nio.file.Path.of(SERVER));
        }

        static void shutDown() throws Exception {
            try (var server = Database.connect("")) {
                server.createStatement().execute("shutdown");
            }
            var deadline = Instant.now().plusSeconds(60);
            while (Instant.now().isBefore(deadline)) {
                try (var stillThere = Database.connect("")) {
                    Thread.sleep(200);
                } catch (SQLException gone) {
                    return;
                }
            }
            throw new IllegalStateException("MariaDB still answers a minute after its shutdown");
        }

        static void start() throws Exception {
            String command = System.getProperty(
                    "verivali.it.database-start",
                    ("root".equals(System.getProperty("user.name")) ? "" : "sudo -n ")
                            + "start-stop-daemon --start --oknodo --background --exec " + SERVER);
            var started = new ProcessBuilder("sh", "-c", command).inheritIO().start();
            if (started.waitFor() != 0) {
                throw new IllegalStateException("'" + command + "' failed");
            }
            var deadline = Instant.now().plusSeconds(60);
            while (Instant.now().isBefore(deadline)) {
                try (var back = Database.connect("")) {
                    return;
                } catch (SQLException notYet) {
                    Thread.sleep(200);
                }
            }
            throw new IllegalStateException("MariaDB not back a minute after '" + command + "'");
        }
    }

    /** A counter's value in a scrape: the one series of that name. */
    private static double counter(String metrics, String name) {
        return metrics.lines()
                .filter(line -> line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private Map<String, Object> roundOver(List<String> kecamatan) {
        return Map.of(
                "name",
                "Verivali dua node",
                "districtCode",
                DISTRICT,
                "startsOn",
                LocalDate.now().toString(),
                "targetDate",
                LocalDate.now().plusMonths(3).toString(),
                "subdistricts",
                kecamatan.stream().map(code -> Map.of("code", code)).toList());
    }

    private JsonNode waitFor(Client client, Node node, long roundId, Predicate<JsonNode> condition)
            throws IOException, InterruptedException {
        var deadline = Instant.now().plus(WITHIN);
        JsonNode round = null;
        while (Instant.now().isBefore(deadline)) {
            var reply = client.get(node, "/api/rounds/" + roundId);
            round = reply.body();
            if (reply.status() == 200 && condition.test(round)) {
                return round;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Round " + roundId + " did not get there within " + WITHIN + ": " + round);
    }

    private void waitUntil(String what, Check check) throws Exception {
        var deadline = Instant.now().plus(WITHIN);
        while (Instant.now().isBefore(deadline)) {
            if (check.holds()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Not " + what + " within " + WITHIN);
    }

    interface Check {
        boolean holds() throws Exception;
    }

    int count(String sql) throws SQLException {
        try (var connection = Database.connect(database);
                var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    /** Households of these kecamatan, by their village's code. */
    static String inKecamatan(String household, List<String> kecamatan) {
        return String.join(
                " or ",
                kecamatan.stream()
                        .map(code -> household + ".village_code like '" + code + ".%'")
                        .toList());
    }

    /** The test's own database on the suite's MySQL server, from the VERIVALI_DB_* variables. */
    static final class Database {

        static String name(String suffix) {
            return env("VERIVALI_DB_NAME", "verivali") + "_" + suffix;
        }

        static void create(String database) throws SQLException {
            try (var server = connect("")) {
                server.createStatement().execute("drop database if exists " + database);
                server.createStatement()
                        .execute("create database " + database + " character set utf8mb4 collate utf8mb4_unicode_ci");
            }
        }

        static void drop(String database) throws SQLException {
            try (var server = connect("")) {
                server.createStatement().execute("drop database if exists " + database);
            }
        }

        static Connection connect(String database) throws SQLException {
            return DriverManager.getConnection(
                    "jdbc:mysql://" + env("VERIVALI_DB_HOST", "127.0.0.1") + ":" + env("VERIVALI_DB_PORT", "3306") + "/"
                            + database + "?connectTimeout=2000",
                    env("VERIVALI_DB_USER", "verivali"),
                    env("VERIVALI_DB_PASSWORD", ""));
        }

        private static String env(String name, String otherwise) {
            String value = System.getenv(name);
            return value == null || value.isEmpty() && !name.endsWith("PASSWORD") ? otherwise : value;
        }
    }

    static List<Map<String, Object>> rows(String database, String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (var connection = Database.connect(database);
                var result = connection.createStatement().executeQuery(sql)) {
            var meta = result.getMetaData();
            while (result.next()) {
                var row = new java.util.LinkedHashMap<String, Object>();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    row.put(meta.getColumnLabel(column), result.getObject(column));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
