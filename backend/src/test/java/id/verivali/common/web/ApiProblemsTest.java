package id.verivali.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

class ApiProblemsTest {

    record Proposal(
            @NotBlank(message = "required") String kkNumber,
            @Size(max = 3, message = "too long") String rt) {}

    private final StaticMessageSource messages = new StaticMessageSource();
    private final ApiProblems problems = new ApiProblems(
            messages, new StaticListableBeanFactory().getBeanProvider(RequestMappingHandlerMapping.class));
    private final ServletWebRequest request = new ServletWebRequest(new MockHttpServletRequest());

    ApiProblemsTest() {
        messages.addMessage("problemDetail.invalidInput", Locale.getDefault(), "Check the marked fields.");
        messages.addMessage("field.tooLong", Locale.getDefault(), "At most {0} characters.");
        messages.addMessage("problemDetail.unreadableMultipart", Locale.getDefault(), "Unreadable form.");
    }

    @Test
    void a_field_a_service_refuses_is_a_bad_request_naming_it() {
        var response = problems.invalidField(new InvalidFieldException("reason", "field.tooLong", 500), request);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        var problem = (ProblemDetail) response.getBody();
        assertThat(problem.getDetail()).isEqualTo("Check the marked fields.");
        assertThat(problem.getProperties())
                .containsEntry("errors", List.of(new FieldProblem("reason", "At most 500 characters.")));
    }

    @Test
    void bean_validation_run_by_a_service_names_every_field_by_its_path() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            var violations = factory.getValidator().validate(new Proposal(" ", "1234"));

            var response = problems.constraintViolation(new ConstraintViolationException(violations), request);

            assertThat(response.getStatusCode().value()).isEqualTo(400);
            assertThat(((ProblemDetail) response.getBody()).getProperties())
                    .containsEntry(
                            "errors",
                            List.of(new FieldProblem("kkNumber", "required"), new FieldProblem("rt", "too long")));
        }
    }

    @Test
    void a_multipart_form_that_cannot_be_parsed_is_the_callers_fault_not_the_servers() {
        var response = problems.unreadableMultipart(
                new MultipartException("Failed to parse multipart servlet request", new IllegalStateException()),
                request);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        var problem = (ProblemDetail) response.getBody();
        assertThat(problem.getDetail()).isEqualTo("Unreadable form.");
        assertThat(problem.getProperties())
                .containsEntry("errors", List.of(new FieldProblem(ApiProblems.BODY, "Unreadable form.")));
    }
}
