package id.verivali.common.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A thing that does not exist, or that the caller may not know exists: both answer the same 404 so that a region
 * scope reveals nothing.
 */
public class NotFoundException extends ErrorResponseException {

    public NotFoundException(String kind, Object id) {
        super(
                HttpStatus.NOT_FOUND,
                ProblemDetail.forStatus(HttpStatus.NOT_FOUND),
                null,
                "problemDetail.notFound." + kind,
                new Object[] {String.valueOf(id)});
    }
}
