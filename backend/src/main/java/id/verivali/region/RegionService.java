package id.verivali.region;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the Kemendagri region list: one region, its children, names for display. */
@Service
@Transactional(readOnly = true)
public class RegionService {

    private final RegionRepository regions;

    RegionService(RegionRepository regions) {
        this.regions = regions;
    }

    public Optional<RegionView> find(String code) {
        return regions.findById(code).map(RegionView::of);
    }

    public boolean exists(String code) {
        return regions.existsById(code);
    }

    /** The children of a region, or the provinces when {@code parentCode} is null. */
    public List<RegionView> children(String parentCode) {
        var found = parentCode == null
                ? regions.findByLevelOrderByCode(RegionLevel.PROVINCE)
                : regions.findByParentCodeOrderByCode(parentCode);
        return found.stream().map(RegionView::of).toList();
    }

    /** Every code of one level, e.g. the 7,285 kecamatan codes that may begin a NIK. */
    public Set<String> codesAt(RegionLevel level) {
        return regions.findCodesByLevel(level);
    }

    /**
     * The codes of the villages in a region (the whole country when null) whose name contains a text, ignoring
     * case: what lets a search for "Teluk Empening" find that village's records.
     */
    public List<String> villagesNamed(String regionCode, String text) {
        String namePart = "%"
                + text.toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                + "%";
        return regions.findVillageCodesNamed(regionCode, regionCode == null ? null : regionCode + ".%", namePart);
    }

    /** Names by code, for showing a page of records that carry region codes. */
    public Map<String, String> names(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return regions.findByCodeIn(codes.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Region::code, Region::name));
    }
}
