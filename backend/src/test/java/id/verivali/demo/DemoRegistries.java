package id.verivali.demo;

import id.verivali.region.RegionCodes;
import id.verivali.region.RegionService;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;

/** Puts a second district's demo registry beside the one the application started with, as its first start would. */
@TestComponent
public class DemoRegistries {

    /** Kutai Kartanegara's list at its own size (2022: 60,937 households, 190,930 members). */
    public static final String KUTAI_KARTANEGARA = "64.02";

    private final DemoData demo;
    private final RegionService regions;

    DemoRegistries(DemoData demo, RegionService regions) {
        this.demo = demo;
        this.regions = regions;
    }

    /** Kutai Kartanegara's demo accounts and registry, unless it has one already. */
    public void kutaiKartanegara() {
        demo.registryOf(DemoDistrict.of(KUTAI_KARTANEGARA, regions), new RegistrySize(60_937, 190_930));
    }

    /** Adds {@code households} demo households (with members, and residents in the civil registry) to a village. */
    public void addHouseholds(String villageCode, int households) {
        var district = regions.find(RegionCodes.districtOf(villageCode)).orElseThrow();
        demo.addTo(district, List.of(villageCode), RegistrySize.typical(households));
    }
}
