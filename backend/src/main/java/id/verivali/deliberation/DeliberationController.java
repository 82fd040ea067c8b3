package id.verivali.deliberation;

import id.verivali.common.web.PageView;
import id.verivali.region.RegionCode;
import id.verivali.security.CurrentUser;
import id.verivali.security.RegionScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/deliberations")
@Tag(
        name = "Deliberations",
        description = "Village deliberations, kecamatan plenaries, district ratifications and ministry decrees: "
                + "many decisions in one record with its signed minutes")
class DeliberationController {

    private final DeliberationService deliberations;
    private final BnbaSheets bnbaSheets;

    DeliberationController(DeliberationService deliberations, BnbaSheets bnbaSheets) {
        this.deliberations = deliberations;
        this.bnbaSheets = bnbaSheets;
    }

    /** Both parts are optional to Spring so that a missing one is named in the problem's errors like any field. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Hold a deliberation: decide many of my tasks at once with the signed minutes (PDF, JPEG or PNG,"
                    + " at most 10 MB); all or nothing, every bad item listed")
    ResponseEntity<DeliberationView> hold(
            @RequestPart(name = DeliberationService.DELIBERATION_FIELD, required = false) HoldDeliberation deliberation,
            @RequestPart(name = DeliberationService.MINUTES_FIELD, required = false) MultipartFile minutes,
            @AuthenticationPrincipal CurrentUser me) {
        var held = deliberations.hold(deliberation, minutes, me);
        return ResponseEntity.created(URI.create("/api/deliberations/" + held.id()))
                .body(held);
    }

    @GetMapping
    @Operation(summary = "Deliberations in my region, newest first")
    PageView<DeliberationSummaryView> list(
            @RequestParam(required = false) @RegionCode String region,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{page.min}") int page,
            @RequestParam(defaultValue = "20")
                    @Min(value = 1, message = "{size.range}")
                    @Max(value = 100, message = "{size.range}")
                    int size,
            Authentication who) {
        RegionScope scope = RegionScope.of(who).narrowedTo(region);
        return deliberations.list(scope, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One deliberation with its decisions and its minutes' SHA-256; 404 outside my region")
    DeliberationView get(@PathVariable long id, Authentication who) {
        return deliberations.get(id, RegionScope.of(who));
    }

    @GetMapping("/{id}/bnba")
    @Operation(
            summary = "The list by name and address (BNBA) as the legal record: heads' NIKs and family cards, the"
                    + " letterhead's regions and the officials who sign; every household on it is recorded as read;"
                    + " 404 outside my region")
    BnbaView bnba(@PathVariable long id, Authentication who) {
        return bnbaSheets.bnba(id, RegionScope.of(who), who.getName());
    }

    @GetMapping("/{id}/minutes")
    @Operation(
            summary = "The signed minutes as uploaded, with their SHA-256 in Repr-Digest (RFC 9530) and the ETag;"
                    + " 404 outside my region")
    ResponseEntity<byte[]> minutes(@PathVariable long id, Authentication who) {
        var file = deliberations.minutes(id, RegionScope.of(who));
        var sha256 = file.document().sha256();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.document().contentType()))
                .contentLength(file.content().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.document().filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(
                        "Repr-Digest",
                        "sha-256=:"
                                + Base64.getEncoder()
                                        .encodeToString(HexFormat.of().parseHex(sha256)) + ":")
                .eTag('"' + sha256 + '"')
                .body(file.content());
    }
}
