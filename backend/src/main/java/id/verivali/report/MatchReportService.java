package id.verivali.report;

import id.verivali.region.RegionCodes;
import id.verivali.region.RegionService;
import id.verivali.round.RoundService;
import id.verivali.round.RoundView;
import id.verivali.security.RegionScope;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A verification round's civil-registry match, by kecamatan and village, for whoever may read the round. */
@Service
@Transactional(readOnly = true)
public class MatchReportService {

    private final RoundService rounds;
    private final MatchReportCounts counts;
    private final RegionService regions;
    private final Clock clock;

    MatchReportService(RoundService rounds, MatchReportCounts counts, RegionService regions, Clock clock) {
        this.rounds = rounds;
        this.counts = counts;
        this.regions = regions;
        this.clock = clock;
    }

    /** The round's report as it stands; 404 for a round the caller may not read. */
    public MatchReportView report(long roundId, RegionScope scope) {
        RoundView round = rounds.get(roundId, scope);
        Map<String, MatchReportView.Figures> byVillage = counts.byVillage(roundId);
        Map<String, String> villageNames = regions.names(List.copyOf(byVillage.keySet()));
        // Each kecamatan's villages in code order, grouped once.
        Map<String, List<MatchReportView.Village>> villagesOf = new TreeMap<>(byVillage)
                .entrySet().stream()
                        .collect(Collectors.groupingBy(
                                village -> RegionCodes.parentOf(village.getKey()),
                                Collectors.mapping(
                                        village -> new MatchReportView.Village(
                                                village.getKey(),
                                                villageNames.get(village.getKey()),
                                                village.getValue()),
                                        Collectors.toList())));
        var kecamatan = new ArrayList<MatchReportView.Kecamatan>();
        var totals = MatchReportView.Figures.NONE;
        for (var subdistrict : round.subdistricts()) {
            var villages = villagesOf.getOrDefault(subdistrict.code(), List.of());
            var figures = villages.stream()
                    .map(MatchReportView.Village::figures)
                    .reduce(MatchReportView.Figures.NONE, MatchReportView.Figures::plus);
            kecamatan.add(new MatchReportView.Kecamatan(subdistrict.code(), subdistrict.name(), figures, villages));
            totals = totals.plus(figures);
        }
        return new MatchReportView(
                round.id(),
                round.name(),
                new MatchReportView.Region(
                        round.district().code(), round.district().name()),
                round.status(),
                round.householdsDone(),
                round.householdsTotal(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS),
                totals,
                kecamatan);
    }
}
