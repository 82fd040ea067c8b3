package id.verivali.household;

import id.verivali.audit.AuditAction;
import id.verivali.audit.AuditLog;
import id.verivali.audit.AuditSubjects;
import id.verivali.common.web.PageView;
import id.verivali.security.RegionScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/households")
@Tag(name = "Households", description = "The registry, within the caller's region")
class HouseholdController {

    private final HouseholdService households;
    private final HouseholdExports exports;
    private final AuditLog audit;

    HouseholdController(HouseholdService households, HouseholdExports exports, AuditLog audit) {
        this.households = households;
        this.exports = exports;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Search households in my region, filtered and sorted; NIK and KK numbers are masked")
    PageView<HouseholdSummaryView> search(
            @ParameterObject @Valid HouseholdQuery query,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{page.min}") int page,
            @RequestParam(defaultValue = "20")
                    @Min(value = 1, message = "{size.range}")
                    @Max(value = 100, message = "{size.range}")
                    int size,
            Authentication who) {
        return households.search(RegionScope.of(who).narrowedTo(query.region()), query, page, size);
    }

    @GetMapping("/export")
    @Operation(
            summary = "The households a list shows, every page of it, as an Excel workbook (XLSX)",
            description = "The same filter and sort as the list; NIK and KK masked. At most 100,000 households: more"
                    + " is refused on region (400). Each download is recorded in the audit log (REPORT_EXPORTED).")
    @ApiResponse(
            responseCode = "200",
            description = "Content-Disposition: attachment; filename=\"rumah-tangga-61.12-2026-11-23.xlsx\"",
            content =
                    @Content(
                            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> export(@ParameterObject @Valid HouseholdQuery query, Authentication who) {
        return exports.export(RegionScope.of(who).narrowedTo(query.region()), query, who.getName());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One household with its members and full NIKs; 404 outside my region")
    HouseholdView get(@PathVariable long id, Authentication who) {
        var household = households.get(RegionScope.of(who), id);
        // Full NIKs are personal data: who looked at whose is itself part of the record.
        audit.record(
                who.getName(),
                AuditAction.HOUSEHOLD_READ,
                AuditSubjects.HOUSEHOLD,
                Long.toString(id),
                household.villageCode(),
                null);
        return household;
    }
}
