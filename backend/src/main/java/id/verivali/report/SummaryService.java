package id.verivali.report;

import id.verivali.common.web.NotFoundException;
import id.verivali.region.RegionLevel;
import id.verivali.region.RegionService;
import id.verivali.region.RegionView;
import id.verivali.report.RegistryTallies.Tally;
import id.verivali.report.SummaryView.Child;
import id.verivali.report.SummaryView.Figures;
import id.verivali.report.SummaryView.Period;
import id.verivali.report.SummaryView.Region;
import id.verivali.security.RegionScope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The published figures of a region the caller may see, counted now, with the registry before and after a period
 * when one is asked for. Every role of the verification chain may read the figures of its own region and below. No
 * transaction of its own: the villages that changed are counted again and committed first, and the report then reads
 * what they committed.
 */
@Service
class SummaryService {

    /** The country as a report names it: no code, no level. */
    static final String COUNTRY = "Indonesia";

    private final RegistryTallies tallies;
    private final RegionService regions;
    private final Clock clock;

    SummaryService(RegistryTallies tallies, RegionService regions, Clock clock) {
        this.tallies = tallies;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * @param scope the region to report on, already narrowed within the caller's own
     * @param since the first day of the period, ISO; none for figures without a before and after
     * @param until the last day of the period, ISO; today when absent
     */
    SummaryView summary(RegionScope scope, String since, String until) {
        ZoneId zone = clock.getZone();
        Instant asOf = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ReportPeriod period = ReportPeriod.parse(since, until, LocalDate.ofInstant(asOf, zone));
        Region region = scope.regionCode()
                .map(code -> regions.find(code)
                        .map(found -> new Region(found.code(), found.name(), found.level()))
                        .orElseThrow(() -> new NotFoundException("region", code)))
                .orElse(new Region(null, COUNTRY, null));
        List<RegionView> children = regions.children(region.code());

        tallies.refresh(scope.regionCode().orElse(null));
        Map<String, Tally> byChild = tallies.byChild(
                scope,
                childCodeLength(region.level()),
                LocalDate.ofInstant(period.start(zone), zone),
                LocalDate.ofInstant(period.end(zone), zone));

        Tally total = byChild.values().stream().reduce(Tally.ZERO, Tally::plus);
        return new SummaryView(
                region,
                asOf,
                figures(total),
                period(period, total),
                children.stream()
                        .map(child -> {
                            Tally tally = byChild.getOrDefault(child.code(), Tally.ZERO);
                            return new Child(child.code(), child.name(), figures(tally), period(period, tally));
                        })
                        .toList());
    }

    /** How long the codes of a region's children are (61 → 61.12 → 61.12.04 → 61.12.04.2002); a village's own. */
    private static int childCodeLength(RegionLevel level) {
        if (level == null) {
            return "61".length();
        }
        return switch (level) {
            case PROVINCE -> "61.12".length();
            case DISTRICT -> "61.12.04".length();
            case SUBDISTRICT, VILLAGE -> "61.12.04.2002".length();
        };
    }

    private static Figures figures(Tally tally) {
        var figures = tally.figures();
        return new Figures(
                figures.households(),
                figures.members(),
                figures.matched(),
                figures.notMatched(),
                figures.unchecked(),
                figures.died(),
                figures.proposedForDeletion(),
                figures.withoutEktp());
    }

    private static Period period(ReportPeriod period, Tally tally) {
        if (!period.hasBeforeAndAfter()) {
            return null;
        }
        return new Period(
                period.since(),
                period.until(),
                tally.householdsBefore(),
                tally.householdsAfter(),
                tally.membersBefore(),
                tally.membersAfter());
    }
}
