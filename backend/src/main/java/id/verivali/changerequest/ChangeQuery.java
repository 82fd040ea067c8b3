package id.verivali.changerequest;

import id.verivali.region.RegionCode;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/** Which changes a list or its export shows, as the query string asks; every part optional. */
record ChangeQuery(
        @Parameter(description = "A region within mine, e.g. 61.12.04 or 61.12.04.2002; a region outside is 403")
        @RegionCode
        String region,

        ChangeStatus status,
        Stage stage,
        ChangeType type,

        @Parameter(description = "A household's id: only its changes")
        Long household,

        @Parameter(
                description = "proposed (the default, newest first: -proposed), due, number or village; a leading '-'"
                        + " sorts descending",
                schema =
                        @Schema(
                                allowableValues = {
                                    "proposed",
                                    "-proposed",
                                    "due",
                                    "-due",
                                    "number",
                                    "-number",
                                    "village",
                                    "-village"
                                }))
        String sort) {}
