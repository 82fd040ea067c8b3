package id.verivali.region;

/**
 * Kemendagri region levels, named as the roles name them: a district is a kabupaten/kota, a subdistrict a
 * kecamatan.
 */
public enum RegionLevel {
    PROVINCE,
    DISTRICT,
    SUBDISTRICT,
    VILLAGE;

    /** The level of a code by its number of dot-separated parts: 61, 61.12, 61.12.04, 61.12.04.2002. */
    public static RegionLevel ofCode(String code) {
        return switch (code.split("\\.").length) {
            case 1 -> PROVINCE;
            case 2 -> DISTRICT;
            case 3 -> SUBDISTRICT;
            case 4 -> VILLAGE;
            default -> throw new IllegalArgumentException("Not a region code: " + code);
        };
    }
}
