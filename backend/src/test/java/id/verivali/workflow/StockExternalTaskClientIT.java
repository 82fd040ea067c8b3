package id.verivali.workflow;

import static id.verivali.bpmn.HouseholdChange.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.verivali.changerequest.Stage;
import id.verivali.household.RemovalReason;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.interceptor.auth.BasicAuthProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A civil-registry adapter outside the application: Camunda's stock Java client serves the topic through
 * /engine-rest as the INTEGRATION account, while the embedded worker does not poll (the test profile).
 */
@IntegrationTest
@Import(ChangeDriver.class)
class StockExternalTaskClientIT {

    @LocalServerPort
    int port;

    @Autowired
    ChangeDriver driver;

    @Test
    void camundas_stock_client_serves_the_civil_registry_check_through_the_rest_api() {
        var change = driver.proposeRemoval(driver.untouchedHousehold(), RemovalReason.DECEASED);
        driver.runJobs(change);
        var persons = new AtomicReference<String>();

        var client = ExternalTaskClient.create()
                .baseUrl("http://localhost:" + port + "/engine-rest")
                .workerId("dukcapil-adapter")
                .addInterceptor(new BasicAuthProvider("integration", Api.DEMO_PASSWORD))
                .asyncResponseTimeout(1_000)
                .build();
        try {
            client.subscribe(TOPIC_CIVIL_REGISTRY_CHECK)
                    .variables(VAR_PERSONS_TO_MATCH)
                    .businessKey(change.number())
                    .handler((task, service) -> {
                        persons.set(task.getVariable(VAR_PERSONS_TO_MATCH));
                        service.complete(
                                task, Map.of(VAR_CIVIL_REGISTRY_RESULT, "DECEASED", VAR_CIVIL_REGISTRY_MATCHES, "{}"));
                    })
                    .open();

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> driver.reload(change).stage() == Stage.FIELD_CHECK);
        } finally {
            client.stop();
        }

        assertThat(persons.get()).startsWith("[{\"nik\":\"61");
        assertThat(driver.reload(change).civilRegistryResult()).isEqualTo("DECEASED");
    }
}
