package id.verivali.resident;

import id.verivali.changerequest.ChangeStatus;
import id.verivali.changerequest.Stage;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * A submission as its resident follows it; {@code found} false alone when the code and NIK do not match.
 *
 * @param stateSince when it got to its state: received, answered or lapsed
 * @param dueDate by when the village operator should answer
 * @param lapsesAt when an objection lapses unverified
 * @param reason the operator's reason for a rejection
 * @param change the change it started, once accepted
 */
@Schema(name = "PublicSubmissionStatus")
record PublicSubmissionStatus(
        boolean found,
        SubmissionKind kind,
        SubmissionState state,
        String villageName,
        Instant submittedAt,
        Instant stateSince,
        Instant dueDate,
        Instant lapsesAt,
        String reason,
        Change change) {

    static final PublicSubmissionStatus NOT_FOUND =
            new PublicSubmissionStatus(false, null, null, null, null, null, null, null, null, null);

    /** The change's stage in the chain and since when, and how it ended. */
    @Schema(name = "PublicSubmissionChange")
    record Change(String number, Stage stage, Instant since, ChangeStatus status) {}
}
