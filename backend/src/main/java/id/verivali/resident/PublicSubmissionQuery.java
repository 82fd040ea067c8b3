package id.verivali.resident;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A resident following their submission: its tracking code, in any case and with or without dashes, and their own
 * NIK, so that a code seen over a shoulder shows nothing.
 */
@Schema(name = "PublicSubmissionQuery")
record PublicSubmissionQuery(
        @NotBlank(message = "{problemDetail.field.required}")
        @Pattern(
                regexp = "(?i)\\s*(USL|SGH)-?[0-9A-Z]{4}-?[0-9A-Z]{4}\\s*",
                message = "{resident.trackingCode.pattern}")
        String trackingCode,

        @NotBlank(message = "{problemDetail.field.required}")
        @Pattern(regexp = "\\d{16}", message = "{resident.nik.pattern}")
        String nik) {}
