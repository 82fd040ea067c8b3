package id.verivali.changerequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The change can no longer be withdrawn: the district has approved it, or it has ended. Answers 409. */
public class ChangeNotWithdrawableException extends ErrorResponseException {

    /** @param change the change's number or its process instance id, for the log */
    public ChangeNotWithdrawableException(String change) {
        super(
                HttpStatus.CONFLICT,
                ProblemDetail.forStatus(HttpStatus.CONFLICT),
                null,
                "problemDetail.changeNotWithdrawable",
                null);
        setDetail("Change " + change + " can no longer be withdrawn");
    }
}
