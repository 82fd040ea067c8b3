package id.verivali.demo;

import id.verivali.civilregistry.PopulationRegister;
import id.verivali.household.HouseholdService;
import id.verivali.household.NewHousehold;
import id.verivali.region.RegionLevel;
import id.verivali.region.RegionService;
import id.verivali.region.RegionView;
import id.verivali.security.AccountService;
import id.verivali.security.RegionScope;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Fills the demo district on the first start; later starts find it there and leave it alone. */
@Component
@Profile("demo")
@Order(DemoData.ORDER)
class DemoData implements ApplicationRunner {

    /** After the region list is loaded. */
    static final int ORDER = 10;

    static final String DISTRICT = "61.12";
    /** Where the demo's moved households went: Kota Pontianak. */
    static final String MOVE_DESTINATION = "61.71";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final RegionService regions;
    private final AccountService accounts;
    private final HouseholdService households;
    private final PopulationRegister population;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoData(
            RegionService regions,
            AccountService accounts,
            HouseholdService households,
            PopulationRegister population,
            TransactionTemplate transaction,
            Clock clock) {
        this.regions = regions;
        this.accounts = accounts;
        this.households = households;
        this.population = population;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        RegionView district = regions.find(DISTRICT)
                .orElseThrow(() -> new IllegalStateException("The region list lacks the demo district " + DISTRICT));
        Map<RegionView, List<RegionView>> villagesBySubdistrict = new LinkedHashMap<>();
        regions.children(DISTRICT).forEach(sub -> villagesBySubdistrict.put(sub, regions.children(sub.code())));

        int created = accounts.createMissing(DemoAccounts.of(district, villagesBySubdistrict));
        if (created > 0) {
            log.info("Created {} demo accounts (password '{}')", created, DemoAccounts.PASSWORD);
        }
        if (households.countIn(RegionScope.region(DISTRICT)) > 0) {
            return;
        }
        long started = System.nanoTime();
        DemoRegistry registry = generator()
                .generate(villagesBySubdistrict.values().stream()
                        .flatMap(List::stream)
                        .map(RegionView::code)
                        .toList());
        List<NewHousehold> newHouseholds = registry.households().stream()
                .map(DemoRegistry.DemoHousehold::household)
                .toList();
        transaction.executeWithoutResult(status -> {
            // Entered as of the old list's date, so that reports count them as the registry before verivali.
            households.registerAll(
                    newHouseholds,
                    DemoRegistryGenerator.LIST_DATE
                            .atStartOfDay(clock.getZone())
                            .toInstant());
            population.addAll(registry.population());
        });
        log.info(
                "Demo registry of {}: {} households, {} members, {} ghost households ({}%), {} residents in the"
                        + " civil registry, in {} ms",
                district.name(),
                newHouseholds.size(),
                registry.memberCount(),
                registry.ghostCount(),
                Math.round(100.0 * registry.ghostCount() / newHouseholds.size()),
                registry.population().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private DemoRegistryGenerator generator() {
        List<String> westKalimantan = regions.codesAt(RegionLevel.SUBDISTRICT).stream()
                .filter(code -> code.startsWith("61."))
                .sorted()
                .toList();
        List<String> destinations = regions.children(MOVE_DESTINATION).stream()
                .flatMap(sub -> regions.children(sub.code()).stream())
                .map(RegionView::code)
                .toList();
        return new DemoRegistryGenerator(westKalimantan, destinations);
    }
}
