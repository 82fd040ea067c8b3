package id.verivali.resident;

import id.verivali.common.allowance.Allowances;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 429 with {@code Retry-After}: the address or the NIK has used its lookups or submissions for now; the detail says how
 * long.
 */
class TooManyLookupsException extends ErrorResponseException {

    TooManyLookupsException(Duration wait, String messageCode) {
        super(
                HttpStatus.TOO_MANY_REQUESTS,
                ProblemDetail.forStatus(HttpStatus.TOO_MANY_REQUESTS),
                null,
                messageCode,
                new Object[] {String.valueOf((Allowances.retryAfterSeconds(wait) + 59) / 60)});
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Allowances.retryAfterSeconds(wait)));
    }
}
