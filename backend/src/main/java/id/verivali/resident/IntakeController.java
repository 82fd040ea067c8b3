package id.verivali.resident;

import id.verivali.common.web.PageView;
import id.verivali.security.CurrentUser;
import id.verivali.security.RegionScope;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The village's intake of residents' proposals and objections, for officials. */
@RestController
@RequestMapping("/api/intake")
@Validated
class IntakeController {

    private final Intake intake;

    IntakeController(Intake intake) {
        this.intake = intake;
    }

    @GetMapping
    @Operation(
            summary = "Residents' submissions: with open (the default) those waiting on me, the earliest due first;"
                    + " otherwise every one in my region, the newest first")
    PageView<IntakeItem> list(
            @RequestParam(defaultValue = "true") boolean open,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{page.min}") int page,
            @RequestParam(defaultValue = "20")
                    @Min(value = 1, message = "{size.range}")
                    @Max(value = 100, message = "{size.range}")
                    int size,
            @AuthenticationPrincipal CurrentUser me,
            Authentication who) {
        return intake.list(me, RegionScope.of(who), open, page, size);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One submission by its tracking code, with what I may do; 404 outside my region")
    IntakeDetails details(@PathVariable String code, @AuthenticationPrincipal CurrentUser me, Authentication who) {
        return intake.details(code, me, RegionScope.of(who));
    }

    @GetMapping("/{code}/documents/{documentId}")
    @Operation(summary = "A photo or scan the submission came with, shown in the browser; 404 outside my region")
    ResponseEntity<byte[]> document(@PathVariable String code, @PathVariable long documentId, Authentication who) {
        var file = intake.document(code, documentId, RegionScope.of(who));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.document().contentType()))
                .contentLength(file.content().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(file.document().filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @PostMapping("/{code}/accept")
    @Operation(
            summary = "The village operator accepts: a proposal becomes a change, an objection starts the field check"
                    + " of the household chosen",
            description = "A proposal may answer 409 with the change's warnings, as proposing a change does; send"
                    + " again with them in confirmedWarnings. 409 when the submission was already answered.")
    IntakeDetails accept(
            @PathVariable String code,
            @Valid @RequestBody(required = false) IntakeAcceptance acceptance,
            @AuthenticationPrincipal CurrentUser me,
            Authentication who) {
        return intake.accept(code, acceptance, me, RegionScope.of(who));
    }

    @PostMapping("/{code}/reject")
    @Operation(summary = "The village operator rejects a proposal or closes an objection, with a reason")
    IntakeDetails reject(
            @PathVariable String code,
            @Valid @RequestBody IntakeRejection rejection,
            @AuthenticationPrincipal CurrentUser me,
            Authentication who) {
        return intake.reject(code, rejection, me, RegionScope.of(who));
    }

    @PostMapping("/{code}/follow-up")
    @Operation(summary = "The Camat's follow-up of an overdue intake, done; the intake stays with the operator")
    IntakeDetails followUp(
            @PathVariable String code,
            @Valid @RequestBody(required = false) IntakeFollowUp followUp,
            @AuthenticationPrincipal CurrentUser me,
            Authentication who) {
        return intake.followUp(code, followUp, me, RegionScope.of(who));
    }
}
