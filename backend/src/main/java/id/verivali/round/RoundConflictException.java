package id.verivali.round;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The round cannot do that now: another round holds its kecamatan, or it is not in the state asked for. 409. */
class RoundConflictException extends ErrorResponseException {

    /**
     * @param messageCode the problem's detail in {@code messages.properties}
     * @param logDetail what the log says
     */
    RoundConflictException(String messageCode, Object[] arguments, String logDetail) {
        super(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), null, messageCode, arguments);
        setDetail(logDetail);
    }
}
