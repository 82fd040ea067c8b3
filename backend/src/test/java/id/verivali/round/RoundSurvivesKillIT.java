package id.verivali.round;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A round survives its node's death. The built jar runs on a MySQL database of its own with the demo's district
 * (Kubu Raya, 3,609 households); a round over the whole district is opened, the process is killed with
 * {@code kill -9} while the round is part way, and a new process on the same database finishes it. Then every
 * household in scope has exactly one change, and every change its process instance and every instance its change.
 * MySQL only (the mysql-it profile): an in-memory H2 dies with its process.
 */
@EnabledIfSystemProperty(named = "spring.profiles.active", matches = ".*mysql.*")
class RoundSurvivesKillIT {

    private static final String DISTRICT = "61.12";
    private static final String OPENER = "kadinsos-6112";
    private static final Duration START_UP = Duration.ofMinutes(4);
    private static final Duration ROUND = Duration.ofMinutes(6);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String database = env("VERIVALI_DB_NAME", "verivali") + "_kill";
    private Process app;

    @BeforeEach
    void freshDatabase() throws SQLException {
        try (var server = connect("")) {
            server.createStatement().execute("drop database if exists " + database);
            server.createStatement()
                    .execute("create database " + database + " character set utf8mb4 collate utf8mb4_unicode_ci");
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (app != null && app.isAlive()) {
            app.destroyForcibly();
        }
        try (var server = connect("")) {
            server.createStatement().execute("drop database if exists " + database);
        }
    }

    @Test
    void a_round_killed_part_way_finishes_after_a_restart_with_one_change_per_household() throws Exception {
        int port = freePort();
        app = start(port, 1);
        long roundId = open(port);
        var partWay =
                waitFor(port, roundId, round -> round.get("householdsDone").asInt() >= 300, ROUND);
        int total = partWay.get("householdsTotal").asInt();

        app.destroyForcibly(); // SIGKILL: no shutdown hook, no transaction finished
        app.waitFor();
        int startedBeforeKill = count("select changes_started from verification_round where id = " + roundId);
        System.out.printf(
                "[kill] round %d: %d of %d households had their change when the process was killed%n",
                roundId, startedBeforeKill, total);
        assertThat(startedBeforeKill).as("killed part way").isBetween(1, total - 1);

        app = start(port, 2);
        var finished =
                waitFor(port, roundId, round -> round.get("status").asText().equals("ALL_STARTED"), ROUND);
        app.destroy();
        app.waitFor();

        int inScope = count("select count(*) from household where status = 'ACTIVE' and village_code like '"
                + DISTRICT + ".%' and id <= (select last_household_id from verification_round where id = "
                + roundId + ")");
        int rows = count("select count(*) from verification_round_household where round_id = " + roundId);
        int doubled = count("select count(*) from (select household_id from change_request where change_type ="
                + " 'REVERIFY' group by household_id having count(*) > 1) d");
        int missing = count("select count(*) from household h where h.status = 'ACTIVE' and h.village_code like '"
                + DISTRICT + ".%' and not exists (select 1 from verification_round_household r where r.round_id = "
                + roundId + " and r.household_id = h.id)");
        int changesWithoutInstance = count("select count(*) from change_request c where c.process_instance_id is null"
                + " or not exists (select 1 from ACT_HI_PROCINST p where p.ID_ = c.process_instance_id)");
        int instancesWithoutChange = count(
                "select count(*) from ACT_HI_PROCINST p where p.PROC_DEF_KEY_ ="
                        + " 'householdChange' and not exists (select 1 from change_request c where c.number = p.BUSINESS_KEY_)");
        System.out.printf(
                "[kill] after the restart: %d households in scope, %d round rows, %d changes started (%d before the"
                        + " kill), %d linked; doubled %d, missing %d, changes without instance %d, instances without"
                        + " change %d%n",
                inScope,
                rows,
                finished.get("changesStarted").asInt(),
                startedBeforeKill,
                finished.get("alreadyInProgress").asInt(),
                doubled,
                missing,
                changesWithoutInstance,
                instancesWithoutChange);

        assertThat(finished.get("householdsDone").asInt()).isEqualTo(total);
        assertThat(rows).isEqualTo(inScope).isEqualTo(total);
        assertThat(doubled).isZero();
        assertThat(missing).isZero();
        assertThat(changesWithoutInstance).isZero();
        assertThat(instancesWithoutChange).isZero();
    }

    // The application as a process of its own

    private Process start(int port, int run) throws IOException, InterruptedException {
        var log = Path.of("target", "kill-test", "app-" + run + ".log");
        Files.createDirectories(log.getParent());
        String java = ProcessHandle.current().info().command().orElse("java");
        var builder = new ProcessBuilder(
                        java,
                        "-Xmx768m",
                        "-jar",
                        new File("target/verivali.jar").getAbsolutePath(),
                        "--spring.profiles.active=demo,mysql",
                        "--server.address=127.0.0.1",
                        "--server.port=" + port,
                        "--verivali.demo.changes-per-village=0",
                        "--verivali.demo.targets=false",
                        "--verivali.rounds.batch-size=50",
                        "--verivali.rounds.poll-interval=200ms")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("VERIVALI_DB_NAME", database);
        var started = builder.start();
        var deadline = Instant.now().plus(START_UP);
        while (Instant.now().isBefore(deadline)) {
            if (!started.isAlive()) {
                throw new IllegalStateException("The application exited at start-up; see " + log.toAbsolutePath());
            }
            try {
                if (get(port, "/actuator/health/readiness").statusCode() == 200) {
                    return started;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        started.destroyForcibly();
        throw new IllegalStateException("Not ready within " + START_UP + "; see " + log.toAbsolutePath());
    }

    private long open(int port) throws IOException, InterruptedException {
        var body = json.writeValueAsString(Map.of(
                "name",
                "Verivali Kubu Raya",
                "districtCode",
                DISTRICT,
                "startsOn",
                LocalDate.now().toString(),
                "targetDate",
                LocalDate.now().plusMonths(3).toString()));
        var response = http.send(
                request(port, "/api/rounds")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("id").asLong();
    }

    private JsonNode waitFor(int port, long roundId, Predicate<JsonNode> condition, Duration within)
            throws IOException, InterruptedException {
        var deadline = Instant.now().plus(within);
        JsonNode round = null;
        while (Instant.now().isBefore(deadline)) {
            var response = get(port, "/api/rounds/" + roundId);
            round = json.readTree(response.body());
            if (response.statusCode() == 200 && condition.test(round)) {
                return round;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Round " + roundId + " did not get there within " + within + ": " + round);
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(request(port, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(int port, String path) {
        String credentials = Base64.getEncoder().encodeToString((OPENER + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + credentials);
    }

    // The database, read directly

    private int count(String sql) throws SQLException {
        try (var connection = connect(database);
                var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:mysql://" + env("VERIVALI_DB_HOST", "127.0.0.1") + ":" + env("VERIVALI_DB_PORT", "3306") + "/"
                        + database,
                env("VERIVALI_DB_USER", "verivali"),
                env("VERIVALI_DB_PASSWORD", ""));
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() && !name.endsWith("PASSWORD") ? otherwise : value;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
