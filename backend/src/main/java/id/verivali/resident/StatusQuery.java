package id.verivali.resident;

import id.verivali.common.web.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A resident's question: am I on the registry, and what is happening to my household?
 *
 * @param villageCode the village (desa/kelurahan) chosen from the public region list
 * @param nik the resident's NIK, 16 digits
 * @param name the name as on the KTP
 */
@Schema(name = "PublicStatusQuery")
record StatusQuery(
        @NotBlank(message = "{problemDetail.field.required}")
        @Pattern(regexp = "\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}", message = "{resident.villageCode.pattern}")
        String villageCode,

        @NotBlank(message = "{problemDetail.field.required}")
        @Pattern(regexp = "\\d{16}", message = "{resident.nik.pattern}")
        String nik,

        @NotBlank(message = "{problemDetail.field.required}") @Size(max = 100, message = "{field.size.max}") @PlainText
        String name) {}
