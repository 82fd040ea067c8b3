package id.verivali.workflow;

import static id.verivali.bpmn.HouseholdChange.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.verivali.changerequest.ChangeRequestView;
import id.verivali.changerequest.Stage;
import id.verivali.household.RemovalReason;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Camunda's REST API with the engine's authorizations on: an integration serves the external tasks of its topics and
 * nothing else, its answers are checked before the process moves, and whoever completes a task there is the one
 * recorded.
 */
@IntegrationTest
@Import(ChangeDriver.class)
class EngineRestAuthorizationIT {

    private static final String WORKER = "dukcapil-adapter";

    @Autowired
    Api api;

    @Autowired
    ChangeDriver driver;

    @Autowired
    ExternalTaskService externalTasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    @Autowired
    HistoryService history;

    @Test
    void an_integration_can_neither_claim_nor_complete_an_officials_task() {
        var change = driver.check(driver.proposeRemoval(driver.untouchedHousehold(), RemovalReason.MOVED));
        var task = driver.openTask(change);

        var claim = integration().post("/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", "pusdatin"));
        var complete = integration()
                .post(
                        "/engine-rest/task/" + task.getId() + "/complete",
                        Map.of("variables", Map.of("decision", Map.of("value", "APPROVE"))));

        assertThat(claim.status()).isEqualTo(403);
        assertThat(complete.status()).isEqualTo(403);
        assertThat(claim.headers().getContentType()).satisfies(EngineRestAuthorizationIT::isProblem);
        var after = driver.reload(change);
        assertThat(after.stage()).isEqualTo(Stage.FIELD_CHECK);
        assertThat(driver.changes.decisions(change.id())).isEmpty();
        assertThat(driver.task(change, TASK_FIELD_CHECK).getAssignee()).isNull();
    }

    @Test
    void an_integration_can_neither_write_nor_read_process_variables_nor_query_the_engine() {
        var change = driver.check(driver.proposeRemoval(driver.untouchedHousehold(), RemovalReason.MOVED));
        var instance = "/engine-rest/process-instance/" + change.processInstanceId();

        var put =
                integration().send(HttpMethod.PUT, instance + "/variables/" + VAR_DECISION, Map.of("value", "APPROVE"));
        var modify = integration()
                .post(
                        instance + "/variables",
                        Map.of("modifications", Map.of(VAR_WITHDRAWABLE, Map.of("value", false))));
        var read = integration().get("/engine-rest/variable-instance?variableName=" + VAR_PERSONS_TO_MATCH);
        var message = integration()
                .post(
                        "/engine-rest/message",
                        Map.of("messageName", MESSAGE_WITHDRAW, "processInstanceId", change.processInstanceId()));
        var history = integration().get("/engine-rest/history/task");

        assertThat(List.of(put, modify, read, message, history))
                .extracting(Api.Response::status)
                .containsOnly(403);
        assertThat(runtime.getVariable(change.processInstanceId(), VAR_WITHDRAWABLE))
                .isEqualTo(true);
        assertThat(driver.reload(change).status().name()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void the_engine_itself_refuses_the_integration_group_a_users_task_and_history_even_past_the_http_door() {
        var change = driver.check(driver.proposeRemoval(driver.untouchedHousehold(), RemovalReason.MOVED));
        var task = driver.openTask(change);

        assertThat(engineConfiguration.isAuthorizationEnabled()).isTrue();
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(change.processInstanceId())
                        .count())
                .isPositive();
        driver.identity.setAuthentication("integration", List.of(EngineRestIdentity.INTEGRATION_GROUP));
        try {
            assertThatThrownBy(() -> driver.tasks.claim(task.getId(), "pusdatin"))
                    .isInstanceOf(AuthorizationException.class);
            assertThat(history.createHistoricVariableInstanceQuery()
                            .processInstanceId(change.processInstanceId())
                            .count())
                    .as("history it may not read")
                    .isZero();
        } finally {
            driver.identity.clearAuthentication();
        }
    }

    @Test
    void the_integration_group_has_one_grant_reading_and_updating_household_change_instances_and_tasks_get_none() {
        var grants = authorizations
                .createAuthorizationQuery()
                .groupIdIn(EngineRestIdentity.INTEGRATION_GROUP)
                .list();

        // Writing to instances is what completing an external task needs; the HTTP door keeps the integration from
        // writing variables or correlating messages with it.
        assertThat(grants).singleElement().satisfies(grant -> {
            assertThat(grant.getAuthorizationType()).isEqualTo(Authorization.AUTH_TYPE_GRANT);
            assertThat(grant.getResourceType()).isEqualTo(Resources.PROCESS_DEFINITION.resourceType());
            assertThat(grant.getResourceId()).isEqualTo(PROCESS_KEY);
            assertThat(grant.isPermissionGranted(Permissions.READ_INSTANCE)).isTrue();
            assertThat(grant.isPermissionGranted(Permissions.UPDATE_INSTANCE)).isTrue();
            assertThat(grant.isPermissionGranted(Permissions.READ_HISTORY)).isFalse();
            assertThat(grant.isPermissionGranted(Permissions.TASK_WORK)).isFalse();
            assertThat(grant.isPermissionGranted(Permissions.DELETE_INSTANCE)).isFalse();
        });
        var change = driver.check(driver.proposeRemoval(driver.untouchedHousehold(), RemovalReason.MOVED));
        assertThat(authorizations
                        .createAuthorizationQuery()
                        .resourceType(Resources.TASK)
                        .resourceId(driver.openTask(change).getId())
                        .count())
                .as("grants on an open task")
                .isZero();
    }

    @Test
    void an_empty_or_bogus_civil_registry_answer_is_refused_and_the_change_waits() {
        var change = proposedAndStarted();
        var locked = fetchAndLock(change);

        var empty = complete(locked, Map.of());
        var bogus = complete(locked, Map.of(VAR_CIVIL_REGISTRY_RESULT, Map.of("value", "BOGUS")));
        var integer = complete(locked, Map.of(VAR_CIVIL_REGISTRY_RESULT, Map.of("value", 1, "type", "Integer")));
        var strangerNik = complete(
                locked,
                Map.of(
                        VAR_CIVIL_REGISTRY_RESULT, Map.of("value", "MATCHED"),
                        VAR_CIVIL_REGISTRY_MATCHES, Map.of("value", "{\"3171010101800001\":\"MATCHED\"}")));
        var notJson = complete(
                locked,
                Map.of(
                        VAR_CIVIL_REGISTRY_RESULT, Map.of("value", "MATCHED"),
                        VAR_CIVIL_REGISTRY_MATCHES, Map.of("value", "padan semua")));

        for (var refused : List.of(empty, bogus, integer, strangerNik, notJson)) {
            assertThat(refused.status()).as(refused.body().toString()).isEqualTo(400);
            assertThat(refused.headers().getContentType()).satisfies(EngineRestAuthorizationIT::isProblem);
        }
        assertThat(detail(empty)).contains(VAR_CIVIL_REGISTRY_RESULT, "MATCHED", "NIK_UNKNOWN");
        assertThat(detail(strangerNik)).contains("NIK");
        var waiting = driver.reload(change);
        assertThat(waiting.stage()).isEqualTo(Stage.CHECKS);
        assertThat(waiting.civilRegistryResult()).isNull();
        assertThat(checkOf(change)).as("still there, still the worker's").isNotNull();
        assertThat(checkOf(change).getWorkerId()).isEqualTo(WORKER);

        var nik = driver.activeNiks(change.householdId()).get(0);
        var answered = complete(
                locked,
                Map.of(
                        VAR_CIVIL_REGISTRY_RESULT, Map.of("value", "DECEASED"),
                        VAR_CIVIL_REGISTRY_MATCHES, Map.of("value", "{\"" + nik + "\":\"DECEASED\"}")));

        assertThat(answered.status()).isEqualTo(204);
        assertThat(driver.reload(change).stage()).isEqualTo(Stage.FIELD_CHECK);
        assertThat(driver.reload(change).civilRegistryResult()).isEqualTo("DECEASED");
    }

    @Test
    void an_integration_is_kept_to_its_topics() {
        var otherTopic = fetchAndLock(Map.of("topicName", "tax-office-check", "lockDuration", 60_000));

        assertThat(otherTopic.status()).isEqualTo(403);
        assertThat(otherTopic.headers().getContentType()).satisfies(EngineRestAuthorizationIT::isProblem);
        assertThat(detail(otherTopic)).contains("tax-office-check");
    }

    @Test
    void a_task_completed_through_the_rest_api_is_decided_by_the_caller_whoever_claimed_it() {
        var change = driver.check(driver.proposeRemoval(driver.untouchedHousehold(), RemovalReason.MOVED));
        var task = driver.openTask(change);
        var admin = api.as("admin");
        var claimed = admin.post("/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", "pusdatin"));
        assertThat(claimed.status()).as(claimed.body().toString()).isEqualTo(204);

        var integer = admin.post(
                "/engine-rest/task/" + task.getId() + "/complete",
                Map.of("variables", Map.of(VAR_DECISION, Map.of("value", 1, "type", "Integer"))));
        var returned = admin.post(
                "/engine-rest/task/" + task.getId() + "/complete",
                Map.of("variables", Map.of(VAR_DECISION, Map.of("value", "RETURN"))));
        assertThat(integer.status()).as(integer.body().toString()).isEqualTo(400);
        assertThat(returned.status()).as(returned.body().toString()).isEqualTo(400);
        assertThat(integer.body().toString()).doesNotContain("Exception", "Pvm", "ENGINE-", "Task_");
        assertThat(detail(returned)).contains(VAR_DECISION);
        assertThat(driver.reload(change).stage()).isEqualTo(Stage.FIELD_CHECK);

        var approved = admin.post(
                "/engine-rest/task/" + task.getId() + "/complete",
                Map.of("variables", Map.of(VAR_DECISION, Map.of("value", "APPROVE"))));

        assertThat(approved.status()).as(approved.body().toString()).isEqualTo(204);
        assertThat(driver.changes.decisions(change.id()))
                .singleElement()
                .satisfies(decision -> assertThat(decision.actor()).isEqualTo("admin"));
    }

    @Test
    void the_rest_api_challenges_no_browser_and_refuses_writes_from_other_sites() {
        var stranger = api.anonymous().get("/engine-rest/task/count");
        var forged = api.as("admin")
                .withHeader(HttpHeaders.ORIGIN, "https://evil.example")
                .post("/engine-rest/message", Map.of());
        var fetched = api.as("admin").withHeader("Sec-Fetch-Site", "cross-site").post("/engine-rest/message", Map.of());

        assertThat(stranger.status()).isEqualTo(401);
        assertThat(stranger.headers().get(HttpHeaders.WWW_AUTHENTICATE)).isNull();
        assertThat(stranger.headers().getContentType()).satisfies(EngineRestAuthorizationIT::isProblem);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(fetched.status()).isEqualTo(403);
        assertThat(api.as("admin").post("/engine-rest/message", Map.of()).status())
                .as("the same request from a script")
                .isEqualTo(400);
    }

    private static String detail(Api.Response response) {
        return response.body().path("detail").asText();
    }

    private static void isProblem(MediaType type) {
        assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(type.toString())
                .isTrue();
    }

    private ChangeRequestView proposedAndStarted() {
        var change = driver.proposeRemoval(driver.untouchedHousehold(), RemovalReason.DECEASED);
        driver.runJobs(change);
        return change;
    }

    private Api.Caller integration() {
        return api.as("integration");
    }

    private String fetchAndLock(ChangeRequestView change) {
        var fetched = fetchAndLock(Map.of(
                "topicName",
                TOPIC_CIVIL_REGISTRY_CHECK,
                "lockDuration",
                600_000,
                "businessKey",
                change.number(),
                "variables",
                List.of(VAR_PERSONS_TO_MATCH)));
        assertThat(fetched.status()).as(fetched.body().toString()).isEqualTo(200);
        assertThat(fetched.body()).hasSize(1);
        var persons = fetched.body().get(0).path("variables").path(VAR_PERSONS_TO_MATCH);
        assertThat(persons.path("type").asText()).isEqualTo("Json");
        assertThat(persons.path("value").asText()).startsWith("[{\"nik\":\"61");
        return fetched.body().get(0).path("id").asText();
    }

    private Api.Response fetchAndLock(Map<String, Object> topic) {
        return integration()
                .post(
                        "/engine-rest/external-task/fetchAndLock",
                        Map.of("workerId", WORKER, "maxTasks", 50, "topics", List.of(topic)));
    }

    private Api.Response complete(String externalTaskId, Map<String, Object> variables) {
        return integration()
                .post(
                        "/engine-rest/external-task/" + externalTaskId + "/complete",
                        Map.of("workerId", WORKER, "variables", variables));
    }

    private ExternalTask checkOf(ChangeRequestView change) {
        return externalTasks
                .createExternalTaskQuery()
                .processInstanceId(change.processInstanceId())
                .singleResult();
    }
}
