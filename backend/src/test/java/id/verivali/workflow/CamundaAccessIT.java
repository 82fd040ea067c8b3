package id.verivali.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CamundaAccessIT {

    @Autowired
    Api api;

    @Test
    void only_administrators_and_integrations_reach_the_engine_rest_api_and_integrations_only_its_external_tasks() {
        assertThat(api.as("admin")
                        .get("/engine-rest/process-definition/count")
                        .body()
                        .get("count")
                        .asInt())
                .isPositive();
        assertThat(api.as("integration")
                        .get("/engine-rest/process-definition/count")
                        .status())
                .isEqualTo(403);
        assertThat(api.as("integration")
                        .post(
                                "/engine-rest/external-task/fetchAndLock",
                                Map.of("workerId", "w", "maxTasks", 1, "topics", List.of()))
                        .status())
                .isEqualTo(200);
        for (String user :
                new String[] {"op-6112042002", "kades-6112042002", "camat-611204", "pusdatin", "auditor-6112"}) {
            assertThat(api.as(user).get("/engine-rest/task").status()).as(user).isEqualTo(403);
            assertThat(api.as(user).get("/engine-rest/history/task").status())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(api.anonymous().get("/engine-rest/task").status()).isEqualTo(401);
    }

    @Test
    void cockpit_opens_for_a_signed_in_administrator_and_nobody_else() {
        var admin = api.browser();
        admin.login("admin", "demo");
        // As a browser does: the page first, which hands the Verivali sign-in to Camunda, then the web app's API.
        var cockpit = admin.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.status()).isEqualTo(200);
        assertThat(cockpit.body().asText()).contains("<html");
        var user = admin.get("/camunda/api/admin/auth/user/default");
        assertThat(user.status()).isEqualTo(200);
        assertThat(user.body().get("userId").asText()).isEqualTo("admin");
        assertThat(user.body().get("authorizedApps").toString()).contains("cockpit");

        var operator = api.browser();
        operator.login("op-6112042002", "demo");
        assertThat(operator.get("/camunda/app/cockpit/default/").status()).isEqualTo(403);
        assertThat(operator.get("/camunda/api/admin/auth/user/default").status())
                .isEqualTo(403);

        var stranger = api.browser().get("/camunda/app/cockpit/default/");
        assertThat(stranger.status()).isEqualTo(302);
        assertThat(stranger.headers().getLocation()).hasPath("/login");
    }
}
