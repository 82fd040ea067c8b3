package id.verivali.report;

import id.verivali.region.RegionCode;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/** Which figures a report shows, as its query string asks: the region and the period, each optional. */
record ReportQuery(
        @Parameter(
                description =
                        "The region, e.g. 61.12; my own region when absent (the whole country for the" + " ministry)")
        @RegionCode
        String region,

        @Parameter(
                description = "First day of the period (YYYY-MM-DD): the registry before is counted at its" + " start",
                schema = @Schema(type = "string", format = "date"))
        String since,

        @Parameter(
                description = "Last day of the period (YYYY-MM-DD), today at the latest and by default: the"
                        + " registry after is counted at its end",
                schema = @Schema(type = "string", format = "date"))
        String until) {}
