package id.verivali.household;

import id.verivali.audit.AuditAction;
import id.verivali.audit.AuditLog;
import id.verivali.audit.AuditSubjects;
import id.verivali.common.web.PageView;
import id.verivali.region.RegionCode;
import id.verivali.security.RegionScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
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
    private final AuditLog audit;

    HouseholdController(HouseholdService households, AuditLog audit) {
        this.households = households;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Search households in my region; NIK and KK numbers are masked")
    PageView<HouseholdSummaryView> search(
            @RequestParam(required = false) @RegionCode String region,
            @RequestParam(required = false) @Size(max = 100, message = "{q.size}") String q,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{page.min}") int page,
            @RequestParam(defaultValue = "20")
                    @Min(value = 1, message = "{size.range}")
                    @Max(value = 100, message = "{size.range}")
                    int size,
            Authentication who) {
        RegionScope scope = RegionScope.of(who).narrowedTo(region);
        return households.search(scope, q, page, size);
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
