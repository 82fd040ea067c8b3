package id.verivali.fieldwork;

import id.verivali.common.web.Spreadsheet;
import id.verivali.security.CurrentUser;
import id.verivali.security.RegionScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
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
@RequestMapping("/api/field-checks")
@Tag(name = "Field sheets", description = "The field sheet to take out, and the filled one brought back")
class FieldSheetController {

    private final FieldSheets sheets;
    private final FieldImports imports;

    FieldSheetController(FieldSheets sheets, FieldImports imports) {
        this.sheets = sheets;
        this.imports = imports;
    }

    @GetMapping("/sheet.xlsx")
    @Operation(
            summary = "The field sheet of a village as an Excel workbook in Bahasa Indonesia: the checks still to"
                    + " visit by default, members with full NIKs on their own sheet; recorded in the audit log")
    ResponseEntity<byte[]> sheet(@ParameterObject @Valid FieldCheckFilter filter, Authentication who) {
        var sheet = sheets.workbook(RegionScope.of(who).narrowedTo(filter.region()), filter, who.getName());
        return ResponseEntity.ok()
                .contentType(Spreadsheet.XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(sheet.filename())
                                .build()
                                .toString())
                .body(sheet.content());
    }

    @GetMapping("/members")
    @Operation(
            summary = "The members of the households of several field checks (a printed sheet's), by change id, NIKs"
                    + " masked; changes outside my region are left out")
    Map<Long, List<PrintedMember>> members(
            @RequestParam("change") @Size(max = 500, message = "{field.size.max}") List<Long> changes,
            Authentication who) {
        return sheets.members(changes, RegionScope.of(who));
    }

    @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Upload a filled field sheet (the workbook, or CSV) to preview: 201 with what confirming it would"
                    + " decide, or 400 with every bad cell by sheet, line and column and nothing stored")
    ResponseEntity<FieldImportView> upload(
            @RequestPart(name = FieldImports.FILE_FIELD, required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser me) {
        var preview = imports.preview(file, me);
        return ResponseEntity.created(URI.create("/api/field-checks/imports/" + preview.id()))
                .body(preview);
    }

    @GetMapping("/imports/{id}")
    @Operation(
            summary = "An import of my village: what it would decide, or what it decided and how many decisions the"
                    + " engine has still to apply")
    FieldImportView get(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return imports.get(id, me);
    }

    @PostMapping("/imports/{id}/confirm")
    @Operation(
            summary = "Decide every row of a previewed import at once, all or nothing; confirming again decides nothing"
                    + " more")
    FieldImportView confirm(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return imports.confirm(id, me);
    }
}
