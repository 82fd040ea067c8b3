package id.verivali.workflow;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A task that is already decided, or claimed by someone else: 409, saying by whom. */
public class TaskConflictException extends ErrorResponseException {

    /** @param messageCode the detail's key in {@code messages.properties} */
    public TaskConflictException(String messageCode, Object... arguments) {
        super(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), null, messageCode, arguments);
    }
}
