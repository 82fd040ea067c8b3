package id.verivali.report;

import id.verivali.security.RegionScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A verification round's civil-registry match report, to show and to download (paths of their own, as the summary). */
@RestController
@RequestMapping("/api/rounds/{id}")
@Tag(name = "Verification rounds")
class RoundReportController {

    private static final String FIGURES = "Members matched with the civil registry, not matched (unknown NIKs among"
            + " them), died, not yet matched, proposed for deletion and without an e-KTP, per kecamatan and village, for"
            + " the households the round has reached so far (Kota Depok 2021). 404 for a round outside my district.";

    private final MatchReportService reports;
    private final MatchReportExports exports;

    RoundReportController(MatchReportService reports, MatchReportExports exports) {
        this.reports = reports;
        this.exports = exports;
    }

    @GetMapping("/report")
    @Operation(summary = "The round's match report, live while it runs", description = FIGURES)
    MatchReportView report(@PathVariable long id, Authentication who) {
        return reports.report(id, RegionScope.of(who));
    }

    @GetMapping("/report.csv")
    @Operation(
            summary = "The match report as a CSV file: each kecamatan's villages, its total, and the round's total",
            description = FIGURES + " Each download is recorded in the audit log (REPORT_EXPORTED).")
    @ApiResponse(
            responseCode = "200",
            description = "Content-Disposition: attachment; filename=\"pemadanan-putaran-7-2027-01-15.csv\"",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> csv(@PathVariable long id, Authentication who) {
        return download(id, ExportFormat.CSV, who);
    }

    @GetMapping("/report.xlsx")
    @Operation(
            summary = "The match report as an Excel workbook (XLSX)",
            description = FIGURES + " Each download is recorded in the audit log (REPORT_EXPORTED).")
    @ApiResponse(
            responseCode = "200",
            description = "Content-Disposition: attachment; filename=\"pemadanan-putaran-7-2027-01-15.xlsx\"",
            content =
                    @Content(
                            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> xlsx(@PathVariable long id, Authentication who) {
        return download(id, ExportFormat.XLSX, who);
    }

    private ResponseEntity<byte[]> download(long id, ExportFormat format, Authentication who) {
        ReportFile export = exports.export(id, RegionScope.of(who), format, who.getName());
        return export.asAttachment();
    }
}
