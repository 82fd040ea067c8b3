package id.verivali.region;

import id.verivali.common.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/regions")
@Tag(name = "Regions", description = "Kemendagri region codes (idn-area-data, ODbL)")
class RegionController {

    static final String CODE_PATTERN = "\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?";

    private final RegionService regions;

    RegionController(RegionService regions) {
        this.regions = regions;
    }

    @GetMapping("/{code}")
    @Operation(summary = "One region by its code, e.g. 61.12.04.2002")
    RegionView region(@PathVariable @Pattern(regexp = CODE_PATTERN, message = "{region.code.pattern}") String code) {
        return regions.find(code).orElseThrow(() -> new NotFoundException("region", code));
    }

    @GetMapping
    @Operation(summary = "The children of a region; without parent, the provinces")
    List<RegionView> children(
            @RequestParam(required = false) @Pattern(regexp = CODE_PATTERN, message = "{region.code.pattern}")
                    String parent) {
        if (parent != null && !regions.exists(parent)) {
            throw new NotFoundException("region", parent);
        }
        return regions.children(parent);
    }
}
