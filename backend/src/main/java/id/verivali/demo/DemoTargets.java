package id.verivali.demo;

import id.verivali.region.RegionService;
import id.verivali.region.RegionView;
import id.verivali.security.AccountService;
import id.verivali.supervision.TargetService;
import java.time.Clock;
import java.time.LocalDate;
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

/**
 * Gives supervisors something to track from the first start: the head of the demo district's Dinas Sosial sets a
 * target for every kecamatan, as Kubu Raya did in 2020: the busy kecamatan (Terentang there) within a month, the
 * others within three to four months. Kecamatan that already have a target keep it.
 */
@Component
@Profile("demo")
@Order(DemoData.ORDER + 2)
class DemoTargets implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTargets.class);

    private final RegionService regions;
    private final AccountService accounts;
    private final TargetService targets;
    private final Clock clock;
    private final DemoSettings settings;

    DemoTargets(
            RegionService regions, AccountService accounts, TargetService targets, Clock clock, DemoSettings settings) {
        this.regions = regions;
        this.accounts = accounts;
        this.targets = targets;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.targets()) {
            return;
        }
        var today = LocalDate.now(clock);
        var district = DemoDistrict.of(settings.district(), regions);
        var kecamatan = district.subdistricts().stream().map(RegionView::code).toList();
        var setter = accounts.loadUserByUsername(DemoAccounts.districtHeadOf(district.code()));
        int set = targets.setMissing(setter, plan(today, kecamatan, district.busySubdistrict()), today);
        if (set > 0) {
            log.info("Set demo targets for {} kecamatan of {}", set, district.code());
        }
    }

    /** The busy kecamatan first; the others alternate between three and four months. */
    static Map<String, LocalDate> plan(LocalDate today, List<String> kecamatan, String busy) {
        var plan = new LinkedHashMap<String, LocalDate>();
        int other = 0;
        for (String code : kecamatan) {
            if (code.equals(busy)) {
                plan.put(code, today.plusMonths(1));
            } else {
                plan.put(code, today.plusMonths(other++ % 2 == 0 ? 3 : 4));
            }
        }
        return plan;
    }
}
