package id.verivali.audit;

import id.verivali.common.web.PageView;
import id.verivali.security.CurrentUser;
import id.verivali.security.RegionScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "The tamper-evident audit log, for auditors")
class AuditTrailController {

    private final AuditChainService chain;
    private final ReadsLogService reads;

    AuditTrailController(AuditChainService chain, ReadsLogService reads) {
        this.chain = chain;
        this.reads = reads;
    }

    @GetMapping("/verify")
    @Operation(
            summary = "Check the whole audit chain; 200 whether it is intact or not, naming only the first broken"
                    + " row's id and the problem")
    ChainCheckView verify(@AuthenticationPrincipal CurrentUser me) {
        return chain.verify(me);
    }

    @GetMapping("/reads")
    @Operation(summary = "Who opened which household's details in my region, newest first; days are inclusive")
    PageView<HouseholdReadView> reads(
            @RequestParam(required = false) Long household,
            @RequestParam(required = false) @Size(max = 60, message = "{field.size.max}") String user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{page.min}") int page,
            @RequestParam(defaultValue = "20")
                    @Min(value = 1, message = "{size.range}")
                    @Max(value = 100, message = "{size.range}")
                    int size,
            @AuthenticationPrincipal CurrentUser me,
            Authentication who) {
        return reads.reads(
                me,
                RegionScope.of(who),
                new ReadsLogService.ReadsFilter(household, blankToNull(user), from, to),
                page,
                size);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
