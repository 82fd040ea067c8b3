package id.verivali.region;

/** Kemendagri region codes nest by their dotted parts: a village's code begins with its kecamatan's, and so on. */
public final class RegionCodes {

    /** 61.12.04.2002 → 61.12.04 → 61.12 → 61; a province has no parent. */
    public static String parentOf(String code) {
        int last = code.lastIndexOf('.');
        if (last < 0) {
            throw new IllegalArgumentException("A province has no parent region: " + code);
        }
        return code.substring(0, last);
    }

    /** The district a region lies in: 61.12.04.2002 and 61.12.04 → 61.12; a district is its own. */
    public static String districtOf(String code) {
        String district = code;
        while (RegionLevel.ofCode(district) == RegionLevel.SUBDISTRICT
                || RegionLevel.ofCode(district) == RegionLevel.VILLAGE) {
            district = parentOf(district);
        }
        return district;
    }

    private RegionCodes() {}
}
