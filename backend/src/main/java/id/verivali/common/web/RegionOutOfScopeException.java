package id.verivali.common.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A list asked for a region outside the caller's own. Region codes are public, so saying so reveals nothing. */
public class RegionOutOfScopeException extends ErrorResponseException {

    public RegionOutOfScopeException(String regionCode) {
        super(
                HttpStatus.FORBIDDEN,
                ProblemDetail.forStatus(HttpStatus.FORBIDDEN),
                null,
                "problemDetail.regionOutOfScope",
                new Object[] {regionCode});
    }
}
