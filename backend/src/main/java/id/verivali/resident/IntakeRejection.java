package id.verivali.resident;

import id.verivali.common.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Rejecting a proposal or closing an objection: the reason, which the resident reads when they follow it. */
public record IntakeRejection(
        @NotBlank(message = "{problemDetail.field.required}")
        @Size(max = 500, message = "{field.size.max}")
        @PlainText(multiline = true)
        String reason) {}
