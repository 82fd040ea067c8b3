package id.verivali.resident;

import id.verivali.common.web.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A resident's objection (sanggah) to a listed household's eligibility. The objector must be on the registry in the
 * same village; the objected household is named as neighbours know it, and the village operator finds it.
 *
 * @param latitude where the house's photo was taken, with {@code longitude}; both or neither, and without them the
 *     photo's own position
 */
@Schema(name = "PublicObjection")
record PublicObjection(
        @NotBlank(message = "{problemDetail.field.required}")
        @Pattern(regexp = "\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}", message = "{resident.villageCode.pattern}")
        String villageCode,

        @NotNull(message = "{problemDetail.field.required}") @Valid
        Objector objector,

        @NotBlank(message = "{problemDetail.field.required}") @Size(max = 100, message = "{field.size.max}") @PlainText
        String objectedName,

        @NotBlank(message = "{problemDetail.field.required}") @Size(max = 200, message = "{field.size.max}") @PlainText
        String objectedAddress,

        @NotNull(message = "{problemDetail.field.required}") ObjectionReason reason,

        @NotBlank(message = "{problemDetail.field.required}")
        @Size(max = 1000, message = "{field.size.max}")
        @PlainText(multiline = true)
        String statement,

        @DecimalMin(value = "-90", message = "{resident.latitude.range}")
        @DecimalMax(value = "90", message = "{resident.latitude.range}")
        BigDecimal latitude,

        @DecimalMin(value = "-180", message = "{resident.longitude.range}")
        @DecimalMax(value = "180", message = "{resident.longitude.range}")
        BigDecimal longitude) {

    @Schema(name = "PublicObjector")
    record Objector(
            @NotBlank(message = "{problemDetail.field.required}")
            @Pattern(regexp = "\\d{16}", message = "{resident.nik.pattern}")
            String nik,

            @NotBlank(message = "{problemDetail.field.required}")
            @Size(max = 100, message = "{field.size.max}")
            @PlainText
            String name) {}
}
