package id.verivali.audit;

import static id.verivali.bpmn.HouseholdChange.VAR_PERSONS_TO_MATCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.verivali.household.RemovalReason;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import id.verivali.workflow.ChangeDriver;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Reads of personal data through the engine are recorded as household reads are, once each; counts and reads of
 * what holds none are not. Changes are Teluk Empening's, as the other engine suites take them.
 */
@IntegrationTest
@Import(ChangeDriver.class)
class EngineReadAuditIT {

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
                """
                select id, occurred_at, actor, action, subject_type, subject_id, region_code, details
                from audit_event where id > ? and action in ('ENGINE_READ', 'ENGINE_OPERATION') order by id""",
                (row, i) -> new AuditEntry(
                        row.getLong("id"),
                        row.getTimestamp("occurred_at").toInstant(),
                        row.getString("actor"),
                        AuditAction.valueOf(row.getString("action")),
                        row.getString("subject_type"),
                        row.getString("subject_id"),
                        row.getString("region_code"),
                        row.getString("details")),
                id);
    }
}
