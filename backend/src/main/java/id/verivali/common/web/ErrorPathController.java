package id.verivali.common.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page Tomcat forwards to when something outside Spring MVC's handlers ends a request with an error (a
 * filter's {@code sendError}, an exception thrown by a filter): a problem detail in place of Spring Boot's
 * {@code {"timestamp", "status", "error"}}. Asked for directly, {@code /error} is an address like any other that does
 * not exist: 404.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPathController implements ErrorController {

    private static final String NOT_FOUND =
            "problemDetail.org.springframework.web.servlet.resource.NoResourceFoundException";
    private static final String METHOD_NOT_ALLOWED =
            "problemDetail.org.springframework.web.HttpRequestMethodNotSupportedException";

    private final ProblemWriter problems;

    ErrorPathController(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer forwardedStatus && forwardedStatus >= 400 ? forwardedStatus : 404;
        HttpStatusCode error = HttpStatusCode.valueOf(code);
        switch (code) {
            case 404 -> problems.write(request, response, error, NOT_FOUND);
            case 405 -> problems.write(request, response, error, METHOD_NOT_ALLOWED, request.getMethod());
            case 400 -> problems.write(request, response, error, "problemDetail.unreadableRequest");
            case 401 -> problems.write(request, response, error, "problemDetail.unauthenticated");
            case 403 -> problems.write(request, response, error, "problemDetail.forbidden");
            default ->
                problems.write(
                        request,
                        response,
                        error,
                        error.is5xxServerError() ? "problemDetail.unexpected" : "problemDetail.requestRefused");
        }
    }
}
