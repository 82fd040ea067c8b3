package id.verivali.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.verivali.changerequest.ChangeRequestView;
import id.verivali.changerequest.Stage;
import id.verivali.support.AllAtOnce;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import id.verivali.workflow.ChangeDriver;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@IntegrationTest
@Import(ChangeDriver.class)
class InboxApiIT {

    /** An operator of another kecamatan of Kubu Raya (Sungai Raya). */
    private static final String STRANGER = "op-6112052001";

    @Autowired
    Api api;

    @Autowired
    ChangeDriver driver;

    private ChangeRequestView checkedChange() {
        return driver.check(driver.proposeReverification(driver.untouchedTerentangHousehold("1 = 1")));
    }

    private static JsonNode itemOf(Api.Response inbox, String number) {
        return StreamSupport.stream(inbox.body().get("content").spliterator(), false)
                .filter(item -> item.get("changeRequestNumber").asText().equals(number))
                .findFirst()
                .orElse(null);
    }

    private JsonNode inboxItem(String user, ChangeRequestView change) {
        var found = api.as(user).get("/api/tasks?size=100");
        assertThat(found.status()).isEqualTo(200);
        return itemOf(found, change.number());
    }

    @Test
    void the_village_operator_finds_the_field_check_in_their_inbox_and_nobody_else_does() {
        var change = checkedChange();
        var operator = ChangeDriver.officialOf(change);

        var item = inboxItem(operator, change);

        assertThat(item).isNotNull();
        assertThat(item.get("stage").asText()).isEqualTo("FIELD_CHECK");
        assertThat(item.get("changeType").asText()).isEqualTo("REVERIFY");
        assertThat(item.get("householdHead").asText()).isNotBlank();
        assertThat(item.get("villageCode").asText()).isEqualTo(change.villageCode());
        assertThat(item.get("villageName").asText()).isNotBlank();
        assertThat(item.get("dueDate").asText()).isNotBlank();
        assertThat(item.get("overdue").asBoolean()).isFalse();
        assertThat(item.get("decisions")).extracting(JsonNode::asText).containsExactlyInAnyOrder("APPROVE", "REJECT");

        assertThat(inboxItem(STRANGER, change)).isNull();
        assertThat(inboxItem("kades-" + change.villageCode().replace(".", ""), change))
                .isNull();
        assertThat(inboxItem("camat-611204", change)).isNull();
        var taskId = item.get("id").asText();
        assertThat(api.as(STRANGER)
                        .post("/api/tasks/" + taskId + "/claim", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(api.as(STRANGER)
                        .post("/api/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void a_decision_moves_the_change_to_the_next_inbox_and_a_second_one_is_refused() {
        var change = checkedChange();
        var operator = ChangeDriver.officialOf(change);
        var taskId = inboxItem(operator, change).get("id").asText();

        var decided = api.as(operator).post("/api/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE"));
        assertThat(decided.status()).isEqualTo(200);

        var now = driver.reload(change);
        assertThat(now.stage()).isEqualTo(Stage.VILLAGE_DELIBERATION);
        assertThat(inboxItem(operator, change)).isNull();
        assertThat(inboxItem(ChangeDriver.officialOf(now), now)).isNotNull();

        var again = api.as(operator).post("/api/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("detail").asText()).contains(operator);
    }

    @Test
    void a_claimed_task_is_closed_to_everyone_else_until_it_is_given_back() {
        var change = driver.approveUpTo(checkedChange(), Stage.DISTRICT_VERIFICATION);
        var taskId = inboxItem("dinsos-6112", change).get("id").asText();

        var claimed = api.as("dinsos-6112").post("/api/tasks/" + taskId + "/claim", Map.of());
        assertThat(claimed.status()).isEqualTo(200);
        assertThat(claimed.body().get("claimedBy").asText()).isEqualTo("dinsos-6112");
        assertThat(inboxItem("dinsos-6112", change).get("claimedBy").asText()).isEqualTo("dinsos-6112");

        assertThat(api.as("dinsos-6112")
                        .post("/api/tasks/" + taskId + "/unclaim", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(inboxItem("dinsos-6112", change).has("claimedBy")).isFalse();
    }

    @Test
    void a_decision_the_stage_does_not_allow_or_a_rejection_without_reason_changes_nothing() {
        var change = checkedChange();
        var operator = ChangeDriver.officialOf(change);
        var taskId = inboxItem(operator, change).get("id").asText();

        var deferred = api.as(operator).post("/api/tasks/" + taskId + "/complete", Map.of("decision", "DEFER"));
        var unexplained = api.as(operator).post("/api/tasks/" + taskId + "/complete", Map.of("decision", "REJECT"));
        var unknown = api.as(operator).post("/api/tasks/" + taskId + "/complete", Map.of("decision", "MAYBE"));

        assertThat(deferred.status()).isEqualTo(400);
        assertThat(deferred.body().get("errors").get(0).get("field").asText()).isEqualTo("decision");
        assertThat(unexplained.status()).isEqualTo(400);
        assertThat(unexplained.body().get("errors").get(0).get("field").asText())
                .isEqualTo("reason");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(driver.reload(change).stage()).isEqualTo(Stage.FIELD_CHECK);
        assertThat(driver.changes.decisions(change.id())).isEmpty();
    }

    @Test
    void of_twenty_simultaneous_decisions_on_one_task_exactly_one_wins() throws Exception {
        var change = checkedChange();
        var operator = ChangeDriver.officialOf(change);
        var taskId = inboxItem(operator, change).get("id").asText();

        var statuses = AllAtOnce.run(
                20,
                () -> api.as(operator)
                        .post("/api/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE"))
                        .status());

        assertThat(statuses).hasSize(20);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isOne();
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(19);
        assertThat(driver.changes.decisions(change.id())).hasSize(1);
    }

    @Test
    void errors_speak_english_when_asked() {
        var response = api.as(STRANGER).inLanguage("en").post("/api/tasks/no-such-task/claim", Map.of());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().get("detail").asText()).isEqualTo("Task no-such-task not found.");
    }
}
