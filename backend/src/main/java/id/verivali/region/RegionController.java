package id.verivali.region;

import id.verivali.common.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

    private final RegionService regions;

    RegionController(RegionService regions) {
        this.regions = regions;
    }

    @GetMapping("/{code}")
    @Operation(summary = "One region by its code, e.g. 61.12.04.2002")
    RegionView region(@PathVariable @RegionCode String code) {
        return regions.find(code).orElseThrow(() -> new NotFoundException("region", code));
    }

    @GetMapping
    @Operation(summary = "The children of a region; without parent, the provinces")
    List<RegionView> children(@RequestParam(required = false) @RegionCode String parent) {
        if (parent != null && !regions.exists(parent)) {
            throw new NotFoundException("region", parent);
        }
        return regions.children(parent);
    }
}
