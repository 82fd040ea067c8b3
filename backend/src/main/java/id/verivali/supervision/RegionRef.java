package id.verivali.supervision;

import id.verivali.region.RegionLevel;
import id.verivali.region.RegionView;

/** A region as the supervision views name it. */
record RegionRef(String code, String name, RegionLevel level) {

    static RegionRef of(RegionView region) {
        return new RegionRef(region.code(), region.name(), region.level());
    }
}
