package id.verivali.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** What the REST API's tests cannot provoke on the running engine: Camunda's authorizations are off there. */
class EngineProblemsTest {

    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    private final EngineProblems problems = new EngineProblems(messages(), locales(), json);

    @Test
    void a_refused_authorization_is_forbidden_with_camundas_explanation_in_either_language() throws Exception {
        var refused = new AuthorizationException(
                "integration", List.of(new MissingAuthorization("READ_VARIABLE", "ProcessInstance", "*")));

        var indonesian = answer(refused, request(null));
        var english = answer(refused, request("en"));

        assertThat(indonesian.get("status").asInt()).isEqualTo(403);
        assertThat(indonesian.get("title").asText()).isEqualTo("Akses ditolak");
        assertThat(indonesian.get("detail").asText())
                .contains("integration", "READ_VARIABLE")
                .isEqualTo(refused.getMessage());
        assertThat(english.get("title").asText()).isEqualTo("Access denied");
    }

    @Test
    void a_bad_request_keeps_its_message_without_the_class_it_quotes() throws Exception {
        var refused = new BadUserRequestException(
                "Cannot correlate message 'Tidak_Ada': org.camunda.bpm.engine.exception.NullValueException: "
                        + "no process definition matches");

        var problem = answer(refused, request(null));

        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asText())
                .isEqualTo("Cannot correlate message 'Tidak_Ada': no process definition matches");
    }

    @Test
    void a_server_error_says_only_that_something_went_wrong() throws Exception {
        var failure = new ProcessEngineException(
                "ENGINE-03051 There was an exception while invoking the TaskListener in activity Task_FieldCheck",
                new ClassCastException("class java.lang.Integer cannot be cast to class java.lang.String"));

        var problem = answer(failure, request("en"));

        assertThat(problem.get("status").asInt()).isEqualTo(500);
        assertThat(problem.get("detail").asText())
                .isEqualTo("Something went wrong on the server. Please try again; if it keeps happening, contact the"
                        + " administrator.");
        assertThat(problem.toString()).doesNotContain("Task_", "Exception", "java.lang");
    }

    @Test
    void camundas_status_codes_stay_as_camunda_chooses_them() {
        assertThat(EngineProblems.statusOf(new AuthorizationException("integration")))
                .isEqualTo(403);
        assertThat(EngineProblems.statusOf(new NotFoundException("no task"))).isEqualTo(400);
        assertThat(EngineProblems.statusOf(new NullValueException("task is null")))
                .isEqualTo(500);
        assertThat(EngineProblems.statusOf(new InvalidRequestException(Response.Status.NOT_FOUND, "no task")))
                .isEqualTo(404);
        assertThat(EngineProblems.statusOf(new IllegalStateException("boom"))).isEqualTo(500);
    }

    @Test
    void class_names_leave_an_explanation_readable() {
        assertThat(EngineProblems.withoutClassNames(
                        "Cannot convert value '1' of type 'Integer' to java type java.lang.String"))
                .isEqualTo("Cannot convert value '1' of type 'Integer' to java type String");
        assertThat(EngineProblems.withoutClassNames("org.camunda.bpm.engine.exception.NullValueException: id is null"))
                .isEqualTo("id is null");
        assertThat(EngineProblems.withoutClassNames("No matching task with id tidak-ada"))
                .isEqualTo("No matching task with id tidak-ada");
    }

    private JsonNode answer(Throwable failure, MockHttpServletRequest request) throws Exception {
        var response = problems.answer(failure, request);
        assertThat(response.getMediaType().toString()).startsWith("application/problem+json");
        return json.readTree((String) response.getEntity());
    }

    private static MockHttpServletRequest request(String language) {
        var request = new MockHttpServletRequest("GET", "/engine-rest/variable-instance");
        if (language != null) {
            request.addHeader("Accept-Language", language);
        }
        return request;
    }

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static AcceptHeaderLocaleResolver locales() {
        var locales = new AcceptHeaderLocaleResolver();
        locales.setDefaultLocale(Locale.forLanguageTag("id"));
        return locales;
    }
}
