package id.verivali.changerequest;

import id.verivali.common.web.InvalidFieldException;
import id.verivali.common.web.PageView;
import id.verivali.security.CurrentUser;
import id.verivali.security.RegionScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.groups.Default;
import java.net.URI;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/change-requests")
@Tag(name = "Change requests", description = "Proposed household changes and where each one stands, in my region")
class ChangeRequestController {

    private static final int IDEMPOTENCY_KEY_MAX = 80;

    private final ChangeProposals proposals;
    private final ChangeRequestQueries changes;
    private final ChangeExports exports;

    ChangeRequestController(ChangeProposals proposals, ChangeRequestQueries changes, ChangeExports exports) {
        this.proposals = proposals;
        this.changes = changes;
        this.exports = exports;
    }

    /**
     * 201 with the new change and its Location. A repeated Idempotency-Key with the same body answers 200 with the
     * change the first request created (as it is now) and its Location, and creates nothing.
     */
    @PostMapping
    @Operation(
            summary = "Propose a change for a household of my village (village operators only)",
            description = "With an Idempotency-Key the request is safe to retry: the same key and body answer 200 with"
                    + " the change the first request created; the key with another body is refused with 422.")
    @ApiResponse(responseCode = "201", description = "Proposed; Location names the change", useReturnTypeSchema = true)
    @ApiResponse(
            responseCode = "200",
            description = "Proposed earlier with this Idempotency-Key; nothing new was created",
            useReturnTypeSchema = true)
    ResponseEntity<ChangeRequestDetails> create(
            @Validated({Default.class, ProposeChange.AtTheDoor.class}) @RequestBody ProposeChange body,
            // Checked here, not with a constraint: a constraint on a parameter would report the body's field errors
            // under the parameter's name instead of each field's.
            @Parameter(description = "Any text of 1 to 80 characters, new for each change (a UUID will do)")
                    @RequestHeader(name = ChangeProposals.IDEMPOTENCY_KEY, required = false)
                    String idempotencyKey,
            @AuthenticationPrincipal CurrentUser me,
            Authentication who) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > IDEMPOTENCY_KEY_MAX)) {
            throw new InvalidFieldException(
                    ChangeProposals.IDEMPOTENCY_KEY, "idempotencyKey.size", IDEMPOTENCY_KEY_MAX);
        }
        Proposed proposed = proposals.propose(body, me, RegionScope.of(who), idempotencyKey);
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{id}")
                .buildAndExpand(proposed.change().change().id())
                .toUri();
        return ResponseEntity.status(proposed.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(location)
                .body(proposed.change());
    }

    @GetMapping
    @Operation(
            summary = "Change requests in my region, newest first; a region outside mine is refused (403)",
            description = "Filtered by region, status, stage and type, and sorted (an unknown sort is a 400 naming"
                    + " sort). With household, only that household's changes (its change history); a household"
                    + " outside my region lists none.")
    PageView<ChangeRequestSummary> list(
            @ParameterObject @Valid ChangeQuery query,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{page.min}") int page,
            @RequestParam(defaultValue = "20")
                    @Min(value = 1, message = "{size.range}")
                    @Max(value = 100, message = "{size.range}")
                    int size,
            Authentication who) {
        return changes.list(RegionScope.of(who).narrowedTo(query.region()), query, page, size);
    }

    @GetMapping("/export")
    @Operation(
            summary = "The change requests a list shows, every page of it, as an Excel workbook (XLSX)",
            description = "The same filter and sort as the list, in my language, without any NIK. At most 100,000"
                    + " changes: more is refused on region (400). Each download is recorded in the audit log"
                    + " (REPORT_EXPORTED).")
    @ApiResponse(
            responseCode = "200",
            description = "Content-Disposition: attachment; filename=\"usulan-61.12-2026-11-23.xlsx\"",
            content =
                    @Content(
                            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> export(@ParameterObject @Valid ChangeQuery query, Authentication who) {
        return exports.export(RegionScope.of(who).narrowedTo(query.region()), query, who.getName());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One change with its stage, due date, decisions and check findings; 404 outside my region")
    ChangeRequestDetails get(@PathVariable long id, Authentication who) {
        return changes.details(id, RegionScope.of(who));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(
            summary = "Withdraw my proposal; only its proposer may (403), and only until the district approves (409)")
    ChangeRequestDetails withdraw(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Authentication who) {
        return proposals.withdraw(id, me.username(), RegionScope.of(who));
    }
}
