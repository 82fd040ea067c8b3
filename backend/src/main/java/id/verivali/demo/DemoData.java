package id.verivali.demo;

import id.verivali.civilregistry.PopulationRegister;
import id.verivali.fieldwork.Hamlets;
import id.verivali.household.HouseholdService;
import id.verivali.region.RegionCodes;
import id.verivali.region.RegionLevel;
import id.verivali.region.RegionService;
import id.verivali.region.RegionView;
import id.verivali.security.AccountService;
import id.verivali.security.RegionScope;
import java.time.Clock;
import java.time.Instant;
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

/**
 * Fills the demo district ({@code verivali.demo.district}) on the first start; later starts find its households there
 * and leave it alone. The registry is written in one transaction, so that a first start stopped halfway leaves
 * nothing and the next start makes it again.
 */
@Component
@Profile("demo")
@Order(DemoData.ORDER)
class DemoData implements ApplicationRunner {

    /** After the region list is loaded. */
    static final int ORDER = 10;

    /** The city a province's moved households went to: its first kota, Kota Pontianak for Kubu Raya. */
    private static final String MOVE_DESTINATION_SUFFIX = ".71";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final RegionService regions;
    private final AccountService accounts;
    private final HouseholdService households;
    private final PopulationRegister population;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DemoSettings settings;
    private final Hamlets hamlets;

    /** The demo villages' RWs (001 to 006) in three dusun of two RWs each. */
    private static final Map<String, String> DUSUN_BY_RW = Map.of(
            "001",
            "Dusun I",
            "002",
            "Dusun I",
            "003",
            "Dusun II",
            "004",
            "Dusun II",
            "005",
            "Dusun III",
            "006",
            "Dusun III");

    DemoData(
            RegionService regions,
            AccountService accounts,
            HouseholdService households,
            PopulationRegister population,
            TransactionTemplate transaction,
            Clock clock,
            DemoSettings settings,
            Hamlets hamlets) {
        this.regions = regions;
        this.accounts = accounts;
        this.households = households;
        this.population = population;
        this.transaction = transaction;
        this.clock = clock;
        this.settings = settings;
        this.hamlets = hamlets;
    }

    @Override
    public void run(ApplicationArguments args) {
        registryOf(
                DemoDistrict.of(settings.district(), regions), settings.size().orElse(null));
    }

    /**
     * A district's demo accounts, and its registry of {@code size} (a few dozen households a village when null) unless
     * it has households already.
     */
    void registryOf(DemoDistrict district, RegistrySize size) {
        Map<RegionView, List<RegionView>> villagesBySubdistrict = new LinkedHashMap<>();
        district.subdistricts().forEach(sub -> villagesBySubdistrict.put(sub, regions.children(sub.code())));

        int created = accounts.createMissing(DemoAccounts.of(district.region(), villagesBySubdistrict));
        if (created > 0) {
            log.info("Created {} demo accounts (password '{}')", created, DemoAccounts.PASSWORD);
        }
        if (households.countIn(RegionScope.region(district.code())) > 0) {
            return;
        }
        List<String> villages = villagesBySubdistrict.values().stream()
                .flatMap(List::stream)
                .map(RegionView::code)
                .toList();
        fill(district.region(), villages, size);
    }

    /**
     * Adds {@code size} households to villages that have some already, clear of every NIK and family card number of
     * the province that the registry or the civil registry holds.
     */
    void addTo(RegionView district, List<String> villages, RegistrySize size) {
        String province = RegionCodes.parentOf(district.code()).replace(".", "");
        var generator = generator(district.code());
        var taken = households.niksAndKkNumbersStartingWith(province);
        taken.addAll(population.niksStartingWith(province));
        generator.reserve(taken);
        fill(district, villages, size, generator);
    }

    private void fill(RegionView district, List<String> villages, RegistrySize size) {
        fill(district, villages, size, generator(district.code()));
    }

    private void fill(RegionView district, List<String> villages, RegistrySize size, DemoRegistryGenerator generator) {
        String what = "Demo registry of " + district.name();
        var progress =
                new ProgressLog(log, what, size == null ? null : size.households(), villages.size(), System::nanoTime);
        if (size != null) {
            log.info(
                    "{}: making {} households with about {} members in {} villages; this takes a while",
                    what,
                    size.households(),
                    size.members(),
                    villages.size());
        }
        // Entered as of the old list's date, so that reports count them as the registry before verivali.
        Instant listDate =
                DemoRegistryGenerator.LIST_DATE.atStartOfDay(clock.getZone()).toInstant();
        var writer = new DemoRegistryWriter(households, population, listDate, progress);
        DemoRegistryWriter.Written written = transaction.execute(status -> {
            generator.generate(villages, size, writer);
            villages.forEach(village -> hamlets.name(village, DUSUN_BY_RW));
            return writer.finish();
        });
        log.info(
                "{}: {} households, {} members, {} ghost households ({}%), {} residents in the civil registry, in {} ms"
                        + " ({} households a second)",
                what,
                written.households(),
                written.members(),
                written.ghosts(),
                Math.round(100.0 * written.ghosts() / Math.max(written.households(), 1)),
                written.residents(),
                progress.elapsedMillis(),
                progress.perSecond(written.households()));
    }

    /** Spouses come from the district's province; moved households went to its first city. */
    private DemoRegistryGenerator generator(String districtCode) {
        String province = RegionCodes.parentOf(districtCode);
        List<String> provinceSubdistricts = regions.codesAt(RegionLevel.SUBDISTRICT).stream()
                .filter(code -> code.startsWith(province + "."))
                .sorted()
                .toList();
        List<String> destinations = regions.children(moveDestination(province, districtCode)).stream()
                .flatMap(sub -> regions.children(sub.code()).stream())
                .map(RegionView::code)
                .toList();
        return new DemoRegistryGenerator(provinceSubdistricts, destinations);
    }

    private String moveDestination(String province, String districtCode) {
        List<String> others = regions.children(province).stream()
                .map(RegionView::code)
                .filter(code -> !code.equals(districtCode))
                .toList();
        return others.stream()
                .filter(code -> code.endsWith(MOVE_DESTINATION_SUFFIX))
                .findFirst()
                .orElse(others.isEmpty() ? districtCode : others.get(0));
    }
}
