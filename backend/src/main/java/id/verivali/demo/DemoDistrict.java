package id.verivali.demo;

import id.verivali.region.RegionLevel;
import id.verivali.region.RegionService;
import id.verivali.region.RegionView;
import java.util.List;

/**
 * The district the demo fills ({@code verivali.demo.district}), with its kecamatan as the region list has them.
 *
 * @param region the district
 * @param subdistricts its kecamatan, by code
 */
record DemoDistrict(RegionView region, List<RegionView> subdistricts) {

    /** Kabupaten Kubu Raya, the default demo. */
    static final String KUBU_RAYA = "61.12";

    /** Kubu Raya's kecamatan Terentang, the first to finish in 2020: the busy one of the default demo. */
    static final String TERENTANG = "61.12.04";

    static final String PROPERTY = DemoSettings.PREFIX + ".district";

    private static final String ACTION = "Set " + PROPERTY + " to the code of a district (kabupaten or kota), e.g. "
            + KUBU_RAYA + " (Kubu Raya, the default) or 64.02 (Kutai Kartanegara). GET /api/regions?parent=64 lists"
            + " the districts of province 64.";

    /**
     * The district of this code, once the region list is loaded.
     *
     * @throws InvalidDemoSettingException when the region list has no such code, or it is not a district's
     */
    static DemoDistrict of(String code, RegionService regions) {
        RegionView region = regions.find(code)
                .orElseThrow(() -> new InvalidDemoSettingException(
                        PROPERTY, code, "the region list has no region of this code", ACTION));
        if (region.level() != RegionLevel.DISTRICT) {
            throw new InvalidDemoSettingException(
                    PROPERTY,
                    code,
                    region.name() + " is " + levelName(region.level()) + ", not a district (kabupaten or kota)",
                    ACTION);
        }
        return new DemoDistrict(region, regions.children(code));
    }

    String code() {
        return region.code();
    }

    /**
     * The kecamatan whose villages get the demo's first proposals and the earliest target: Terentang in Kubu Raya,
     * elsewhere the district's first.
     */
    String busySubdistrict() {
        return subdistricts.stream()
                .map(RegionView::code)
                .filter(TERENTANG::equals)
                .findFirst()
                .orElse(subdistricts.get(0).code());
    }

    private static String levelName(RegionLevel level) {
        return switch (level) {
            case PROVINCE -> "a province";
            case DISTRICT -> "a district";
            case SUBDISTRICT -> "a kecamatan";
            case VILLAGE -> "a village";
        };
    }
}
