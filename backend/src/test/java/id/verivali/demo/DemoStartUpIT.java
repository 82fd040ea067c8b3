package id.verivali.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.verivali.VerivaliApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A first start on an empty database, as the demo's first start is: Tomcat opens the port before the start-up runners
 * have loaded the regions and created the demo accounts. Until they exist the application must not call itself ready,
 * nor refuse a correct password as wrong.
 */
class DemoStartUpIT {

    private static final String ACCOUNT = "op-6112042002";

    @Test
    void until_the_demo_accounts_exist_the_application_is_not_ready_and_says_so() throws Exception {
        var accountsWhenReady = new AccountsWhenReady();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(VerivaliApplication.class)
                .initializers(starting -> ((GenericApplicationContext) starting)
                        .registerBean(CallsBeforeDemoData.class, () -> new CallsBeforeDemoData(starting)))
                .listeners(accountsWhenReady)
                .run(
                        "--server.port=0",
                        "--spring.profiles.active=demo,test",
                        // Empty, whatever other tests in this JVM left in theirs.
                        "--spring.datasource.url=jdbc:h2:mem:verivali-start-up",
                        // Camunda keeps engines, and its REST API and web apps their state, JVM-wide: leave the
                        // other tests' alone.
                        "--camunda.bpm.process-engine-name=startUp",
                        "--spring.autoconfigure.exclude="
                                + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
                                + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--verivali.workflow.civil-registry-worker.polling=false",
                        "--verivali.demo.changes-per-village=0",
                        "--verivali.demo.targets=false")) {
            assertThat(context.getBean(ServerProperties.class).getAddress().isLoopbackAddress())
                    .as("the demo keeps to this machine")
                    .isTrue();
            var before = context.getBean(CallsBeforeDemoData.class);

            assertThat(before.accounts).isZero();
            assertThat(before.answers.get("readiness").statusCode()).isEqualTo(503);
            for (String call : new String[] {"signIn", "basic"}) {
                var answer = before.answers.get(call);
                assertThat(answer.statusCode()).as(call).isEqualTo(503);
                assertThat(answer.headers().firstValue("Retry-After")).as(call).hasValue("5");
                assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
                        .as(call)
                        .startsWith("application/problem+json");
                assertThat(answer.body()).as(call).contains("Verivali belum siap menerima permintaan");
            }

            assertThat(accountsWhenReady.accounts).isEqualTo(1);
            var after = new Calls(context);
            assertThat(after.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
            assertThat(after.basic().statusCode()).isEqualTo(200);
        }
    }

    /** Calls the starting application as a browser and a script would, on the port it listens on. */
    private static final class Calls {

        private final HttpClient http = HttpClient.newHttpClient();
        private final String base;

        Calls(ApplicationContext context) {
            base = "http://127.0.0.1:"
                    + ((WebServerApplicationContext) context).getWebServer().getPort();
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        /** Before its CSRF check: a sign-in that the application is not ready for is refused first. */
        HttpResponse<String> signIn() throws IOException, InterruptedException {
            var body = "{\"username\":\"" + ACCOUNT + "\",\"password\":\"demo\"}";
            return send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        HttpResponse<String> basic() throws IOException, InterruptedException {
            var credentials = Base64.getEncoder().encodeToString((ACCOUNT + ":demo").getBytes(StandardCharsets.UTF_8));
            return send(HttpRequest.newBuilder(URI.create(base + "/api/me"))
                    .header("Authorization", "Basic " + credentials)
                    .GET());
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Runs after the regions are loaded and just before the demo data, while the port is open. */
    static final class CallsBeforeDemoData implements ApplicationRunner, Ordered {

        private final ApplicationContext context;
        final Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        long accounts = -1;

        CallsBeforeDemoData(ApplicationContext context) {
            this.context = context;
        }

        @Override
        public int getOrder() {
            return DemoData.ORDER - 1;
        }

        @Override
        public void run(ApplicationArguments args) throws Exception {
            accounts = countAccount(context);
            var calls = new Calls(context);
            answers.put("readiness", calls.get("/actuator/health/readiness"));
            answers.put("signIn", calls.signIn());
            answers.put("basic", calls.basic());
        }
    }

    /** Counts the demo account at the moment the application declares itself ready. */
    static final class AccountsWhenReady implements ApplicationListener<AvailabilityChangeEvent<ReadinessState>> {

        volatile long accounts = -1;

        @Override
        public void onApplicationEvent(AvailabilityChangeEvent<ReadinessState> event) {
            if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
                accounts = countAccount((ApplicationContext) event.getSource());
            }
        }
    }

    private static long countAccount(ApplicationContext context) {
        return context.getBean(JdbcTemplate.class)
                .queryForObject("select count(*) from app_user where username = ?", Long.class, ACCOUNT);
    }
}
