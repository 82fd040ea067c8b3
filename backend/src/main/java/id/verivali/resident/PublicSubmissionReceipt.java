package id.verivali.resident;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * What a resident is given for a submission: the code that, with their NIK, follows it.
 *
 * @param dueDate by when the village operator should answer
 * @param lapsesAt when an objection lapses unverified; null for a proposal
 */
@Schema(name = "PublicSubmissionReceipt")
record PublicSubmissionReceipt(
        String trackingCode,
        SubmissionKind kind,
        String villageName,
        Instant submittedAt,
        Instant dueDate,
        @Schema(nullable = true) Instant lapsesAt) {}
