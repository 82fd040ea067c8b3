package id.verivali.fieldwork;

import id.verivali.region.RegionService;
import id.verivali.security.RegionScope;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How far the villages of a region have got with their field checks, for the TKSK and the Camat. */
@Service
class FieldProgressService {

    private final FieldCheckRepository checks;
    private final RegionService regions;
    private final Clock clock;

    FieldProgressService(FieldCheckRepository checks, RegionService regions, Clock clock) {
        this.checks = checks;
        this.regions = regions;
        this.clock = clock;
    }

    /** Every village under the scope that has field checks, those with overdue ones first, then by name. */
    @Transactional(readOnly = true)
    List<VillageFieldProgress> byVillage(RegionScope scope, Long roundId) {
        String region = scope.regionCode().orElse(null);
        var villages = region == null ? "%" : FieldCheckService.isVillage(region) ? region : region + ".%";
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Instant> earliest = new TreeMap<>();
        for (Object[] row : checks.countByVillage(villages, roundId, clock.instant())) {
            var village = (String) row[0];
            var state = (FieldCheckState) row[1];
            long count = ((Number) row[2]).longValue();
            long late = row[3] == null ? 0 : ((Number) row[3]).longValue();
            var tally = counts.computeIfAbsent(village, code -> new long[4]);
            switch (state) {
                case TO_VISIT -> tally[0] += count;
                case VISITED -> tally[1] += count;
                case DECIDED -> tally[2] += count;
                case CANCELLED -> {}
            }
            if (state != FieldCheckState.DECIDED) {
                tally[3] += late;
                var due = (Instant) row[4];
                if (due != null) {
                    earliest.merge(village, due, (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
        var names = regions.names(counts.keySet());
        var progress = new ArrayList<VillageFieldProgress>();
        counts.forEach((village, tally) -> progress.add(new VillageFieldProgress(
                village,
                names.get(village),
                tally[0],
                tally[1],
                tally[2],
                tally[3],
                earliest.get(village),
                tally[3] > 0)));
        progress.sort(Comparator.comparing(VillageFieldProgress::overdue)
                .reversed()
                .thenComparing(p -> p.villageName() == null ? p.villageCode() : p.villageName()));
        return progress;
    }
}
