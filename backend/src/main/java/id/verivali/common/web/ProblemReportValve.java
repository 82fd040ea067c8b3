package id.verivali.common.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report for the requests it refuses itself, before any servlet or filter: a request line or headers
 * too large or malformed, a path with {@code %00} or an encoded slash. Its HTML page becomes a problem detail; the
 * status stays Tomcat's. Errors inside the application never get here: Spring's error page has written them.
 */
class ProblemReportValve extends ErrorReportValve {

    private final ObjectProvider<ProblemWriter> problems;

    ProblemReportValve(ObjectProvider<ProblemWriter> problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // As Tomcat's own report: only an error nobody has answered yet, on a connection that can still carry it.
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        String detail = code.is5xxServerError() ? "problemDetail.unexpected" : "problemDetail.unreadableRequest";
        try {
            String body = problems.getObject().body(request, code, detail);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException connectionGone) {
            // The client is gone or the response was taken meanwhile: nothing left to tell anyone.
        }
    }
}
