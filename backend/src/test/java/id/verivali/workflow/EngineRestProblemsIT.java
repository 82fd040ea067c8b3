package id.verivali.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import id.verivali.household.RemovalReason;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;

/**
 * Camunda's REST API answers every error as a problem detail, titled in the caller's language, with the status
 * Camunda chooses: a server error tells nothing of what failed, a request error keeps Camunda's explanation without
 * Java class names.
 */
@IntegrationTest
@Import(ChangeDriver.class)
class EngineRestProblemsIT {

    /** What no answer may show: exception classes, Camunda's packages, its process virtual machine, activity ids. */
    private static final List<String> INTERNALS = List.of("Exception", "org.camunda", "java.lang", "Pvm", "Task_");

    @Autowired
    Api api;

    @Autowired
    ChangeDriver driver;

    @Test
    void a_decision_of_the_wrong_type_on_a_real_task_tells_nothing_of_the_engines_insides() {
        var change = driver.check(driver.proposeRemoval(driver.untouchedHousehold(), RemovalReason.DECEASED));
        String task = driver.openTask(change).getId();
        var integerDecision = Map.of("variables", Map.of("decision", Map.of("value", 1, "type", "Integer")));

        for (var language : List.of("id", "en")) {
            var answer = api.as("admin")
                    .inLanguage(language)
                    .post("/engine-rest/task/" + task + "/complete", integerDecision);

            assertThat(answer.status())
                    .as("a decision that is not text is a bad request")
                    .isEqualTo(400);
            assertProblem(answer, answer.status());
            assertThat(answer.body().toString()).doesNotContain(INTERNALS);
        }
        assertThat(driver.openTask(change).getId()).isEqualTo(task);
    }

    @Test
    void a_malformed_body_is_named_by_where_it_breaks() {
        var brokenObject = "{tidak json}".getBytes(StandardCharsets.UTF_8);
        var brokenArray = "{\"processInstanceIds\": [1,}".getBytes(StandardCharsets.UTF_8);

        var indonesian = api.as("admin").postRaw("/engine-rest/process-instance", "application/json", brokenObject);
        var english = api.as("admin")
                .inLanguage("en")
                .postRaw("/engine-rest/process-instance", "application/json", brokenArray);

        assertProblem(indonesian, 400);
        assertThat(indonesian.body().get("title").asText()).isEqualTo("Masukan tidak valid");
        assertThat(indonesian.body().get("detail").asText())
                .isEqualTo("Bukan JSON yang sah: periksa baris 1, kolom 2.");
        assertProblem(english, 400);
        assertThat(english.body().get("title").asText()).isEqualTo("Invalid input");
        assertThat(english.body().get("detail").asText()).isEqualTo("Not valid JSON: check line 1, column 27.");
    }

    @Test
    void a_value_of_the_wrong_shape_is_named_by_its_field() {
        var wrongShape = Map.of("processInstanceIds", Map.of("satu", 1));

        var indonesian = api.as("admin").post("/engine-rest/process-instance", wrongShape);
        var english = api.as("admin").inLanguage("en").post("/engine-rest/process-instance", wrongShape);

        assertProblem(indonesian, 400);
        assertThat(indonesian.body().get("detail").asText()).isEqualTo("Nilai processInstanceIds tidak sesuai format.");
        assertProblem(english, 400);
        assertThat(english.body().get("detail").asText())
                .isEqualTo("The value of processInstanceIds has the wrong format.");
    }

    @Test
    void an_unknown_task_is_not_found_with_camundas_explanation() {
        var indonesian = api.as("admin").get("/engine-rest/task/tidak-ada");
        var english = api.as("admin").inLanguage("en").get("/engine-rest/task/tidak-ada");

        assertProblem(indonesian, 404);
        assertThat(indonesian.body().get("title").asText()).isEqualTo("Tidak ditemukan");
        assertThat(indonesian.body().get("detail").asText()).contains("tidak-ada");
        assertProblem(english, 404);
        assertThat(english.body().get("title").asText()).isEqualTo("Not found");
        assertThat(english.body().get("detail").asText())
                .isEqualTo(indonesian.body().get("detail").asText());
    }

    @Test
    void a_body_that_is_no_json_is_an_unsupported_media_type() {
        var text = "processInstanceIds=1".getBytes(StandardCharsets.UTF_8);

        var indonesian = api.as("admin").postRaw("/engine-rest/process-instance", "text/plain", text);
        var english = api.as("admin").inLanguage("en").postRaw("/engine-rest/process-instance", "text/plain", text);

        assertProblem(indonesian, 415);
        assertThat(indonesian.body().get("detail").asText())
                .isEqualTo("Jenis konten text/plain tidak didukung di alamat ini.");
        assertProblem(english, 415);
        assertThat(english.body().get("detail").asText()).isEqualTo("Content type text/plain is not supported here.");
    }

    @Test
    void a_variable_of_an_unknown_type_keeps_camundas_explanation() {
        var change = driver.check(driver.proposeRemoval(driver.untouchedHousehold(), RemovalReason.DECEASED));
        String task = driver.openTask(change).getId();
        var unknownType = Map.of("variables", Map.of("catatan", Map.of("value", "x", "type", "Teks")));

        var answer = api.as("admin").post("/engine-rest/task/" + task + "/complete", unknownType);

        assertProblem(answer, 400);
        assertThat(answer.body().get("detail").asText()).contains("Teks");
    }

    @Test
    void an_unknown_path_and_method_are_problems_too() {
        var path = api.as("admin").get("/engine-rest/tidak-ada");
        var method = api.as("admin")
                .inLanguage("en")
                .send(org.springframework.http.HttpMethod.DELETE, "/engine-rest/engine", null);

        assertProblem(path, 404);
        assertThat(path.body().get("detail").asText())
                .isEqualTo("Alamat /engine-rest/tidak-ada tidak ada di API mesin proses.");
        assertProblem(method, 405);
        assertThat(method.body().get("detail").asText()).isEqualTo("Method DELETE is not supported here.");
        assertThat(method.headers().getAllow()).isNotEmpty();
    }

    @Test
    void a_fetch_and_lock_the_engine_fails_on_says_only_that_something_went_wrong() {
        var withoutWorker = Map.of(
                "maxTasks", 1, "topics", List.of(Map.of("topicName", "civil-registry-check", "lockDuration", 1_000)));

        var answer =
                api.as("integration").inLanguage("en").post("/engine-rest/external-task/fetchAndLock", withoutWorker);

        // Camunda answers the missing worker id, found by its fetch-and-lock handler, with a server error.
        assertProblem(answer, 500);
        assertThat(answer.body().get("title").asText()).isEqualTo("Server error");
        assertThat(answer.body().get("detail").asText()).startsWith("Something went wrong on the server.");
        assertThat(answer.body().toString()).doesNotContain(INTERNALS).doesNotContain("workerId");
    }

    private static void assertProblem(Api.Response answer, int status) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.headers().getContentType()).isNotNull();
        assertThat(answer.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(answer.headers().getContentType().toString())
                .isTrue();
        assertThat(answer.body().get("type").asText()).isEqualTo("about:blank");
        assertThat(answer.body().get("title").asText()).isNotBlank();
        assertThat(answer.body().get("status").asInt()).isEqualTo(status);
        assertThat(answer.body().get("detail").asText()).isNotBlank();
        assertThat(answer.body().toString()).doesNotContain("org.camunda", "java.lang", "\tat ");
    }
}
