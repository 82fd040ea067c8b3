package id.verivali.audit;

import static id.verivali.audit.EngineRequestKind.NOT_RECORDED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

class EngineRequestKindTest {

    @ParameterizedTest(name = "{0} {1}{2} is {4}")
    @CsvSource({
        // Variables of any kind, under every engine's path.
        "GET, /engine-rest, /variable-instance, , PERSONAL_DATA_READ",
        "GET, /engine-rest, /variable-instance/v1/data, , PERSONAL_DATA_READ",
        "GET, /engine-rest, /engine/default/history/variable-instance, , PERSONAL_DATA_READ",
        "GET, /engine-rest, /history/detail/d1, , PERSONAL_DATA_READ",
        "GET, /engine-rest, /task/t1/variables, , PERSONAL_DATA_READ",
        "GET, /engine-rest, /task/t1/variables/personsToMatch/data, , PERSONAL_DATA_READ",
        "GET, /engine-rest, /task/t1/localVariables, , PERSONAL_DATA_READ",
        "GET, /engine-rest, /task/t1/form-variables, , PERSONAL_DATA_READ",
        "GET, /engine-rest, /process-instance/p1/variables, , PERSONAL_DATA_READ",
        "GET, /engine-rest, /execution/e1/localVariables, , PERSONAL_DATA_READ",
        "GET, /engine-rest, /case-execution/c1/variables, , PERSONAL_DATA_READ",
        "GET, /engine-rest, /process-definition/key/householdChange/form-variables, , PERSONAL_DATA_READ",
        "GET, /engine-rest, /task, withTaskVariablesInReturn, PERSONAL_DATA_READ",
        "GET, /engine-rest, /filter/f1/list, , PERSONAL_DATA_READ",
        "GET, /camunda/api/engine, /engine/default/variable-instance, , PERSONAL_DATA_READ",
        // Queries by POST, as Cockpit sends them.
        "POST, /engine-rest, /variable-instance, , PERSONAL_DATA_READ",
        "POST, /camunda/api/engine, /engine/default/history/variable-instance, , PERSONAL_DATA_READ",
        "POST, /engine-rest, /filter/f1/singleResult, , PERSONAL_DATA_READ",
        // Changing variables is an operation, as is every POST count.
        "POST, /engine-rest, /process-instance/p1/variables, , OPERATION",
        "PUT, /engine-rest, /task/t1/variables/decision, , OPERATION",
        "DELETE, /engine-rest, /history/variable-instance/v1, , OPERATION",
        "POST, /engine-rest, /variable-instance/count, , OPERATION",
        "POST, /engine-rest, /task, , OPERATION",
        "POST, /camunda/api/cockpit, /plugin/base/default/process-instance, , OPERATION",
        // Only the engine's REST layer sees what a fetch-and-lock locked; the web apps' API is no such layer.
        "POST, /engine-rest, /external-task/fetchAndLock, , FETCH_AND_LOCK",
        "POST, /engine-rest, /engine/default/external-task/fetchAndLock/, , FETCH_AND_LOCK",
        "POST, /camunda/api/engine, /engine/default/external-task/fetchAndLock, , OPERATION",
        // Counts and reads without personal data.
        "GET, /engine-rest, /variable-instance/count, , NOT_RECORDED",
        "GET, /engine-rest, /history/detail/count, , NOT_RECORDED",
        "GET, /engine-rest, /task, , NOT_RECORDED",
        "GET, /engine-rest, /task/t1, , NOT_RECORDED",
        "GET, /engine-rest, /process-definition, , NOT_RECORDED",
        "GET, /engine-rest, /engine, , NOT_RECORDED",
        "HEAD, /engine-rest, /variable-instance, , NOT_RECORDED",
        "GET, /camunda/api/admin, /auth/user/default, , NOT_RECORDED",
    })
    void classifies(String method, String servletPath, String pathInfo, String trueFlag, EngineRequestKind kind) {
        var request = new MockHttpServletRequest(method, servletPath + pathInfo);
        request.setServletPath(servletPath);
        request.setPathInfo(pathInfo);
        if (trueFlag != null) {
            request.setParameter(trueFlag, "true");
        }

        assertThat(EngineRequestKind.of(request)).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource({"withTaskVariablesInReturn, false", "withCommentAttachmentInfo, true"})
    void tasks_without_their_variables_are_no_personal_data(String flag, String value) {
        var request = new MockHttpServletRequest("GET", "/engine-rest/task");
        request.setServletPath("/engine-rest");
        request.setPathInfo("/task");
        request.setParameter(flag, value);

        assertThat(EngineRequestKind.of(request)).isEqualTo(NOT_RECORDED);
    }
}
