package id.verivali.region;

/** A region as the API shows it. */
public record RegionView(String code, String name, RegionLevel level, String parentCode) {

    static RegionView of(Region region) {
        return new RegionView(region.code(), region.name(), region.level(), region.parentCode());
    }
}
