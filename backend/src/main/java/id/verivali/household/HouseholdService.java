package id.verivali.household;

import id.verivali.common.web.NotFoundException;
import id.verivali.common.web.PageView;
import id.verivali.region.RegionService;
import id.verivali.security.RegionScope;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds households within the caller's region; nothing outside it is ever returned or confirmed to exist. */
@Service
@Transactional(readOnly = true)
public class HouseholdService {

    private final HouseholdRepository households;
    private final HouseholdBulkWriter bulk;
    private final RegionService regions;

    HouseholdService(HouseholdRepository households, HouseholdBulkWriter bulk, RegionService regions) {
        this.households = households;
        this.bulk = bulk;
        this.regions = regions;
    }

    /** Puts many households on the registry in one go, as a district's list or an import brings them. */
    @Transactional
    public void registerAll(List<NewHousehold> newHouseholds) {
        bulk.insert(newHouseholds);
    }

    /** How many households the registry holds in a region, removed ones included. */
    public long countIn(RegionScope scope) {
        return households.countIn(
                scope.regionCode().orElse(null), scope.descendantsPattern().orElse(null));
    }

    public PageView<HouseholdSummaryView> search(RegionScope scope, String query, int page, int size) {
        String region = scope.regionCode().orElse(null);
        String under = scope.descendantsPattern().orElse(null);
        String text = query == null || query.isBlank() ? null : query.strip();
        String textPart = text == null ? null : "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
        var found = households.search(region, under, textPart, text, PageRequest.of(page, size));
        return PageView.of(found, this::summaries);
    }

    public HouseholdView get(RegionScope scope, long id) {
        Household household = households
                .findWithMembers(id)
                .filter(h -> scope.covers(h.villageCode()))
                .orElseThrow(() -> new NotFoundException("household", id));
        return view(household);
    }

    private List<HouseholdSummaryView> summaries(List<HouseholdRow> rows) {
        Map<String, String> villages =
                regions.names(rows.stream().map(HouseholdRow::villageCode).toList());
        return rows.stream()
                .map(row -> new HouseholdSummaryView(
                        row.id(),
                        Nik.mask(row.kkNumber()),
                        row.headName(),
                        Nik.mask(row.headNik()),
                        row.address(),
                        row.rt(),
                        row.rw(),
                        row.villageCode(),
                        villages.get(row.villageCode()),
                        row.memberCount(),
                        row.status()))
                .toList();
    }

    private HouseholdView view(Household household) {
        String village = household.villageCode();
        String subdistrict = village.substring(0, village.lastIndexOf('.'));
        String district = subdistrict.substring(0, subdistrict.lastIndexOf('.'));
        Map<String, String> names = regions.names(List.of(village, subdistrict, district));
        return new HouseholdView(
                household.id(),
                household.kkNumber(),
                household.address(),
                household.rt(),
                household.rw(),
                village,
                names.get(village),
                names.get(subdistrict),
                names.get(district),
                household.welfare(),
                household.status(),
                household.removalReason(),
                household.version(),
                household.members().stream()
                        .map(m -> new HouseholdView.MemberView(
                                m.id(),
                                m.nik(),
                                m.name(),
                                m.birthDate(),
                                m.sex(),
                                m.relationship(),
                                m.civilRegistryStatus(),
                                m.status(),
                                m.removalReason()))
                        .toList());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
