package id.verivali.fieldwork;

import id.verivali.region.RegionCode;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Which field checks a worklist or a field sheet holds; every part optional. */
record FieldCheckFilter(
        @Parameter(description = "A village, or a kecamatan for all its villages, within mine; mine by default")
        @RegionCode
        String region,

        @Parameter(description = "Only the checks a verification round started")
        Long round,

        @Parameter(description = "Only this RT, as the registry writes it (001)")
        @Pattern(regexp = "\\d{1,3}", message = "{household.rtRw.pattern}")
        String rt,

        @Parameter(description = "Only this RW, as the registry writes it (002)")
        @Pattern(regexp = "\\d{1,3}", message = "{household.rtRw.pattern}")
        String rw,

        @Parameter(description = "Only the RWs of this dusun (needs a village as region)")
        @Size(max = 60, message = "{field.size.max}")
        String dusun,

        @Parameter(description = "TO_VISIT, VISITED, DECIDED or CANCELLED; every one but CANCELLED by default")
        FieldCheckState status) {}
