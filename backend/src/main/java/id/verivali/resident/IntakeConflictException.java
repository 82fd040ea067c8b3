package id.verivali.resident;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The submission is no longer waiting for that: already answered, lapsed, or without a follow-up open. 409. */
class IntakeConflictException extends ErrorResponseException {

    IntakeConflictException(String messageCode, String trackingCode) {
        super(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), null, messageCode, new Object[] {
            trackingCode
        });
    }
}
