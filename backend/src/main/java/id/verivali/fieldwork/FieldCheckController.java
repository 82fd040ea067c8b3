package id.verivali.fieldwork;

import id.verivali.common.web.InvalidFieldException;
import id.verivali.common.web.PageView;
import id.verivali.document.DocumentStore;
import id.verivali.document.HousePhoto;
import id.verivali.security.CurrentUser;
import id.verivali.security.RegionScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(
        name = "Field checks",
        description = "A village's field checks as a worklist, the field sheet, the visits that decide them and how far"
                + " each village has got")
class FieldCheckController {

    private final FieldCheckService fieldChecks;
    private final FieldProgressService progress;
    private final DocumentStore documents;

    FieldCheckController(FieldCheckService fieldChecks, FieldProgressService progress, DocumentStore documents) {
        this.fieldChecks = fieldChecks;
        this.progress = progress;
        this.documents = documents;
    }

    @GetMapping("/api/field-checks")
    @Operation(
            summary = "The field checks of my village (or of a village or all villages of my kecamatan), in walking"
                    + " order: RW, RT, address")
    PageView<FieldCheckView> worklist(
            @ParameterObject @Valid FieldCheckFilter filter,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{page.min}") int page,
            @RequestParam(defaultValue = "50")
                    @Min(value = 1, message = "{size.range}")
                    @Max(value = 500, message = "{size.range}")
                    int size,
            Authentication who) {
        return fieldChecks.worklist(RegionScope.of(who).narrowedTo(filter.region()), filter, page, size);
    }

    @GetMapping("/api/field-checks/progress")
    @Operation(
            summary = "How far each village under a region has got with its field checks: to visit, visited, decided,"
                    + " overdue; those behind first")
    List<VillageFieldProgress> progress(
            @RequestParam(required = false) @id.verivali.region.RegionCode String region,
            @RequestParam(required = false) Long round,
            Authentication who) {
        return progress.byVillage(RegionScope.of(who).narrowedTo(region), round);
    }

    /** Both parts are optional to Spring so that a missing visit is named in the problem's errors like any field. */
    @PostMapping(value = "/api/field-checks/{taskId}/visit", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Record a visit, with the house's photo (JPEG or PNG, at most 10 MB), and decide the field check"
                    + " by its finding unless the visit says to decide later; 409 when already decided")
    FieldCheckView visit(
            @PathVariable String taskId,
            @RequestPart(name = "visit", required = false) @Valid Visit visit,
            @RequestPart(name = HousePhoto.FIELD, required = false) MultipartFile photo,
            @AuthenticationPrincipal CurrentUser me) {
        if (visit == null) {
            throw new InvalidFieldException("visit", "problemDetail.field.required");
        }
        return fieldChecks.recordVisit(taskId, visit, photo, me);
    }

    @GetMapping("/api/change-requests/{id}/field-visits")
    @Operation(
            summary = "The field visits of a change, oldest first, with their photos' addresses; 404 outside my region")
    List<FieldVisitView> visits(@PathVariable long id, Authentication who) {
        return fieldChecks.visitsOf(id, RegionScope.of(who));
    }

    @GetMapping("/api/field-checks/visits")
    @Operation(
            summary = "The field visits of several changes (a deliberation's), by change id; changes outside my region"
                    + " are left out")
    Map<Long, List<FieldVisitView>> visitsOf(
            @RequestParam("change") @Size(max = 500, message = "{field.size.max}") List<Long> changes,
            Authentication who) {
        return fieldChecks.visitsOf(changes, RegionScope.of(who));
    }

    @GetMapping("/api/field-checks/visits/{id}/photo")
    @Operation(summary = "A visit's house photo, or its thumbnail; 404 outside my region")
    ResponseEntity<byte[]> photo(
            @PathVariable long id, @RequestParam(defaultValue = "false") boolean thumbnail, Authentication who) {
        long documentId = fieldChecks.photoDocument(id, thumbnail, RegionScope.of(who));
        var stored = documents.find(documentId).orElseThrow();
        // A photo never changes once stored: the browser may keep it (privately, as it is personal data).
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.contentType()))
                .cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS).cachePrivate())
                .eTag('"' + stored.sha256() + '"')
                .body(documents.content(documentId).orElseThrow());
    }
}
