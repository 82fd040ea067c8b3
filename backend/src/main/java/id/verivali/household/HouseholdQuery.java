package id.verivali.household;

import id.verivali.region.RegionCode;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Which households a list or its export shows, as the query string asks; every part optional. */
record HouseholdQuery(
        @Parameter(description = "A kecamatan or village within my region, e.g. 61.12.04 or 61.12.04.2002") @RegionCode
        String region,

        @Parameter(
                description = "Part of the head's name, of the address or of the village's name, or a whole KK number"
                        + " or member NIK")
        @Size(max = 100, message = "{q.size}")
        String q,

        @Parameter(description = "Only households on the registry (ACTIVE) or taken off it (REMOVED)")
        RecordStatus status,

        @Parameter(description = "true: only households with a change under way; false: only those without")
        Boolean changeInFlight,

        @Parameter(
                description = "village (the default: village, RW, RT), headName, address or registered; a leading"
                        + " '-' sorts descending, e.g. -registered",
                schema =
                        @Schema(
                                allowableValues = {
                                    "village",
                                    "-village",
                                    "headName",
                                    "-headName",
                                    "address",
                                    "-address",
                                    "registered",
                                    "-registered"
                                }))
        String sort) {}
