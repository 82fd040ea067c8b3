package id.verivali.report;

import id.verivali.security.RegionScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The summary of the published figures, as JSON to show and as CSV or XLSX files to download. The files have paths of
 * their own rather than content negotiation on one path, so that a plain link downloads them and the file type shows
 * in the address.
 */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports", description = "The published figures of my region and of each region under it")
class ReportController {

    private static final String PERIOD = " With since, also the households and members on the registry at the start of"
            + " since and at the end of until (Kutai Kartanegara 2022: 60,937 households before, 36,989 after)."
            + " Every role of the verification chain may read its own region and any under it; a region outside is"
            + " refused (403). A date that is not YYYY-MM-DD, an until after today or a since after until: 400"
            + " naming the field.";

    private final SummaryService summaries;
    private final SummaryExports exports;

    ReportController(SummaryService summaries, SummaryExports exports) {
        this.summaries = summaries;
        this.exports = exports;
    }

    @GetMapping("/summary")
    @Operation(
            summary = "The published figures of a region and of each of its child regions",
            description = "Households and members on the registry, members matched with the civil registry, not"
                    + " matched, not yet checked, died, proposed for deletion and without an e-KTP (Kota Depok"
                    + " 2021), for the region and per child region (a district's kecamatan, a kecamatan's villages,"
                    + " the country's provinces)."
                    + PERIOD)
    SummaryView summary(@ParameterObject @Valid ReportQuery query, Authentication who) {
        return summaries.summary(RegionScope.of(who).narrowedTo(query.region()), query.since(), query.until());
    }

    @GetMapping("/summary.csv")
    @Operation(
            summary = "The summary as a CSV file: a header row, a row per child region and a total row",
            description = "The header is in Bahasa Indonesia, or in English with Accept-Language: en. Each download"
                    + " is recorded in the audit log (REPORT_EXPORTED)."
                    + PERIOD)
    @ApiResponse(
            responseCode = "200",
            description = "Content-Disposition: attachment; filename=\"ringkasan-61.12-2026-11-23.csv\"",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> csv(@ParameterObject @Valid ReportQuery query, Authentication who) {
        return download(query, ExportFormat.CSV, who);
    }

    @GetMapping("/summary.xlsx")
    @Operation(
            summary = "The summary as an Excel workbook (XLSX): a header row, a row per child region and a total row",
            description = "The header is in Bahasa Indonesia, or in English with Accept-Language: en; figures are"
                    + " numbers. Each download is recorded in the audit log (REPORT_EXPORTED)."
                    + PERIOD)
    @ApiResponse(
            responseCode = "200",
            description = "Content-Disposition: attachment; filename=\"ringkasan-61.12-2026-11-23.xlsx\"",
            content =
                    @Content(
                            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> xlsx(@ParameterObject @Valid ReportQuery query, Authentication who) {
        return download(query, ExportFormat.XLSX, who);
    }

    private ResponseEntity<byte[]> download(ReportQuery query, ExportFormat format, Authentication who) {
        ReportFile export = exports.export(
                RegionScope.of(who).narrowedTo(query.region()), query.since(), query.until(), format, who.getName());
        return export.asAttachment();
    }
}
