package id.verivali.demo;

import id.verivali.changerequest.ChangeProposals;
import id.verivali.changerequest.ChangeRequestQueries;
import id.verivali.changerequest.ChangeType;
import id.verivali.changerequest.ProposeChange;
import id.verivali.household.HouseholdService;
import id.verivali.household.HouseholdSummaryView;
import id.verivali.region.RegionService;
import id.verivali.region.RegionView;
import id.verivali.security.RegionScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts work in the demo's inboxes on the first start: every village of the district's busy kecamatan (in Kubu Raya
 * Terentang, the one that finished first in 2020; elsewhere the district's first) has a few periodic re-verifications
 * proposed by its operator. The job executor and the civil-registry worker take them through the checks within
 * seconds, and they wait at the field check; from there the demo accounts move them up the chain. Later starts find
 * changes there and add none.
 */
@Component
@Profile("demo")
@Order(DemoData.ORDER + 1)
class DemoChanges implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoChanges.class);

    private final RegionService regions;
    private final HouseholdService households;
    private final ChangeRequestQueries changes;
    private final ChangeProposals proposals;
    private final DemoSettings settings;

    DemoChanges(
            RegionService regions,
            HouseholdService households,
            ChangeRequestQueries changes,
            ChangeProposals proposals,
            DemoSettings settings) {
        this.regions = regions;
        this.households = households;
        this.changes = changes;
        this.proposals = proposals;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        int perVillage = settings.changesPerVillage();
        if (perVillage <= 0) {
            return;
        }
        String subdistrict = DemoDistrict.of(settings.district(), regions).busySubdistrict();
        if (changes.countIn(RegionScope.region(subdistrict)) > 0) {
            return;
        }
        int proposed = proposeIn(subdistrict, perVillage);
        log.info("Proposed {} demo re-verifications in kecamatan {}", proposed, subdistrict);
    }

    /** Proposes re-verifications of the first households of each village of the kecamatan, as its operator. */
    int proposeIn(String subdistrictCode, int perVillage) {
        int proposed = 0;
        for (RegionView village : regions.children(subdistrictCode)) {
            String operator = DemoAccounts.operatorOf(village.code());
            for (HouseholdSummaryView household : households
                    .search(RegionScope.region(village.code()), null, 0, perVillage)
                    .content()) {
                proposals.propose(
                        new ProposeChange(
                                ChangeType.REVERIFY,
                                household.id(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                "Verifikasi berkala tahunan",
                                null),
                        operator);
                proposed++;
            }
        }
        return proposed;
    }
}
