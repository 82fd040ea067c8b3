package id.verivali.audit;

import static id.verivali.bpmn.HouseholdChange.TOPIC_CIVIL_REGISTRY_CHECK;
import static id.verivali.bpmn.HouseholdChange.VAR_CIVIL_REGISTRY_MATCHES;
import static id.verivali.bpmn.HouseholdChange.VAR_CIVIL_REGISTRY_RESULT;
import static id.verivali.bpmn.HouseholdChange.VAR_PERSONS_TO_MATCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.verivali.household.RemovalReason;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import id.verivali.workflow.ChangeDriver;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Reads of personal data through the engine are recorded as household reads are, once each; counts, reads of what
 * holds none and empty polls of a worker are not. Changes are Teluk Empening's, as the other engine suites take them.
 */
@IntegrationTest
@Import(ChangeDriver.class)
class EngineReadAuditIT {

    private static final String WORKER = "dukcapil-uji";

    @Autowired
    Api api;

    @Autowired
    ChangeDriver driver;

    @Test
    void each_read_of_variables_is_recorded_once_with_its_path() {
        var change = driver.check(driver.proposeRemoval(driver.untouchedHousehold(), RemovalReason.DECEASED));
        String task = driver.openTask(change).getId();
        String instance = change.processInstanceId();
        var reads = List.of(
                "/engine-rest/variable-instance?variableName=" + VAR_PERSONS_TO_MATCH,
                "/engine-rest/engine/default/history/variable-instance?processInstanceId=" + instance,
                "/engine-rest/history/detail?variableUpdates=true&processInstanceId=" + instance,
                "/engine-rest/task/" + task + "/variables",
                "/engine-rest/task/" + task + "/form-variables",
                "/engine-rest/process-instance/" + instance + "/variables",
                "/engine-rest/task?processInstanceId=" + instance + "&withTaskVariablesInReturn=true");

        for (var path : reads) {
            long before = lastId();
            var answer = api.as("admin").get(path);
            assertThat(answer.status()).as(path).isEqualTo(200);

            assertThat(since(before))
                    .as(path)
                    .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::details)
                    .containsExactly(tuple(
                            "admin",
                            AuditAction.ENGINE_READ,
                            "{\"method\":\"GET\",\"path\":\"" + path.replaceFirst("\\?.*", "") + "\",\"status\":200}"));
        }
    }

    @Test
    void counts_reads_without_personal_data_and_refused_reads_are_not_recorded() {
        var change = driver.check(driver.proposeRemoval(driver.untouchedHousehold(), RemovalReason.DECEASED));
        String task = driver.openTask(change).getId();
        long before = lastId();

        for (var path : List.of(
                "/engine-rest/variable-instance/count?variableName=" + VAR_PERSONS_TO_MATCH,
                "/engine-rest/history/variable-instance/count?processInstanceId=" + change.processInstanceId(),
                "/engine-rest/task/" + task,
                "/engine-rest/task?processInstanceId=" + change.processInstanceId(),
                "/engine-rest/process-definition")) {
            assertThat(api.as("admin").get(path).status()).as(path).isEqualTo(200);
        }
        // A missing task's variables: nothing was read, whatever status Camunda gives it.
        assertThat(api.as("admin").get("/engine-rest/task/tidak-ada/variables").status())
                .isGreaterThanOrEqualTo(400);

        assertThat(since(before)).isEmpty();
    }

    @Test
    void cockpits_variable_queries_are_reads_and_not_engine_operations() {
        long before = lastId();
        var query = Map.of("variableName", VAR_PERSONS_TO_MATCH);

        assertThat(api.as("admin").post("/engine-rest/variable-instance", query).status())
                .isEqualTo(200);
        var cockpit = api.browser();
        cockpit.login("admin", Api.DEMO_PASSWORD);
        assertThat(cockpit.get("/camunda/app/cockpit/default/").status()).isEqualTo(200);
        var throughCockpit = cockpit.get(
                "/camunda/api/engine/engine/default/variable-instance?variableName=" + VAR_PERSONS_TO_MATCH);
        assertThat(throughCockpit.status()).isEqualTo(200);

        assertThat(since(before))
                .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::details)
                .containsExactly(
                        tuple(
                                "admin",
                                AuditAction.ENGINE_READ,
                                "{\"method\":\"POST\",\"path\":\"/engine-rest/variable-instance\",\"status\":200}"),
                        tuple(
                                "admin",
                                AuditAction.ENGINE_READ,
                                "{\"method\":\"GET\",\"path\":\"/camunda/api/engine/engine/default/variable-instance\","
                                        + "\"status\":200}"));
    }

    @Test
    void a_fetch_and_lock_is_recorded_when_it_locks_a_task_and_its_completion_as_an_operation() {
        var change = driver.proposeRemoval(driver.untouchedHousehold(), RemovalReason.DECEASED);
        driver.runJobs(change);
        long before = lastId();

        var empty = fetchAndLock("CR-TIDAK-ADA", null);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).isEmpty();
        assertThat(since(before)).isEmpty();

        var locked = fetchAndLock(change.number(), null);
        assertThat(locked.status()).isEqualTo(200);
        assertThat(locked.body()).hasSize(1);
        assertThat(locked.body()
                        .get(0)
                        .at("/variables/" + VAR_PERSONS_TO_MATCH + "/value")
                        .asText())
                .startsWith("[{\"nik\":\"61");
        assertThat(since(before))
                .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::details)
                .containsExactly(tuple("integration", AuditAction.ENGINE_READ, fetchAndLockRead()));

        long afterFetch = lastId();
        var completed = api.as("integration")
                .post(
                        "/engine-rest/external-task/"
                                + locked.body().get(0).get("id").asText() + "/complete",
                        Map.of(
                                "workerId",
                                WORKER,
                                "variables",
                                Map.of(
                                        VAR_CIVIL_REGISTRY_RESULT, Map.of("value", "DECEASED", "type", "String"),
                                        VAR_CIVIL_REGISTRY_MATCHES, Map.of("value", "{}", "type", "String"))));
        assertThat(completed.status()).as(completed.body().toString()).isEqualTo(204);
        assertThat(since(afterFetch))
                .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::details)
                .containsExactly(tuple(
                        "integration",
                        AuditAction.ENGINE_OPERATION,
                        "{\"method\":\"POST\",\"path\":\"/engine-rest/external-task/"
                                + locked.body().get(0).get("id").asText() + "/complete\",\"status\":204}"));

        assertVerifies();
    }

    @Test
    void a_long_poll_is_recorded_when_a_task_turns_up_and_not_when_its_wait_runs_out() throws Exception {
        long before = lastId();
        assertThat(fetchAndLock("CR-TIDAK-ADA", 500L).body()).isEmpty();
        assertThat(since(before)).isEmpty();

        var change = driver.proposeRemoval(driver.untouchedHousehold(), RemovalReason.DECEASED);
        var waiting = CompletableFuture.supplyAsync(() -> fetchAndLock(change.number(), 20_000L));
        // Long enough for the poll to wait in Camunda's handler, which answers it from its own thread.
        TimeUnit.MILLISECONDS.sleep(1_000);
        driver.runJobs(change);

        var locked = waiting.get(30, TimeUnit.SECONDS);
        assertThat(locked.status()).isEqualTo(200);
        assertThat(locked.body()).hasSize(1);
        assertThat(since(before))
                .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::details)
                .containsExactly(tuple("integration", AuditAction.ENGINE_READ, fetchAndLockRead()));
        assertVerifies();
    }

    private Api.Response fetchAndLock(String businessKey, Long asyncResponseTimeout) {
        var request = new HashMap<String, Object>(Map.of(
                "workerId",
                WORKER,
                "maxTasks",
                1,
                "topics",
                List.of(Map.of(
                        "topicName",
                        TOPIC_CIVIL_REGISTRY_CHECK,
                        "lockDuration",
                        Duration.ofMinutes(1).toMillis(),
                        "businessKey",
                        businessKey,
                        "variables",
                        List.of(VAR_PERSONS_TO_MATCH)))));
        if (asyncResponseTimeout != null) {
            request.put("asyncResponseTimeout", asyncResponseTimeout);
        }
        return api.as("integration").post("/engine-rest/external-task/fetchAndLock", request);
    }

    private static String fetchAndLockRead() {
        return "{\"method\":\"POST\",\"path\":\"/engine-rest/external-task/fetchAndLock\",\"status\":200,\"locked\":1,"
                + "\"topics\":[\"" + TOPIC_CIVIL_REGISTRY_CHECK + "\"]}";
    }

    private void assertVerifies() {
        var check = api.as("auditor-6112").get("/api/audit/verify");
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.body().get("valid").asBoolean())
                .as(check.body().toString())
                .isTrue();
    }

    private long lastId() {
        return driver.jdbc.queryForObject("select last_id from audit_chain where id = 1", Long.class);
    }

    /** The engine events recorded after the one with this id, oldest first. */
    private List<AuditEntry> since(long id) {
        return driver.jdbc.query(
                "select " + AuditEntry.COLUMNS
                        + " from audit_event where id > ? and action in ('ENGINE_READ', 'ENGINE_OPERATION') order by id",
                AuditEntry.ROWS,
                id);
    }
}
