package id.verivali.supervision;

import id.verivali.changerequest.ChangeProgressService;
import id.verivali.changerequest.ProgressCount;
import id.verivali.region.RegionLevel;
import id.verivali.region.RegionService;
import id.verivali.region.RegionView;
import id.verivali.security.CurrentUser;
import id.verivali.security.RegionScope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each region's changes against the target date its district set, projected at the rate it has been finishing. */
@Service
@Transactional(readOnly = true)
class ProgressService {

    private final ChangeProgressService changes;
    private final SupervisionTargetRepository targets;
    private final RegionService regions;
    private final Clock clock;

    ProgressService(
            ChangeProgressService changes, SupervisionTargetRepository targets, RegionService regions, Clock clock) {
        this.changes = changes;
        this.targets = targets;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * The region asked for (by default the reader's own; the provinces for national readers) with its children. A
     * kecamatan's villages share its target; a village has no children and its kecamatan's target.
     */
    ProgressView progress(CurrentUser reader, RegionScope scope, String requested) {
        var region = Readers.regionFor(reader, scope, requested, regions).orElse(null);
        var now = clock.instant();
        var window = new Window(now.minus(ProgressProjection.WINDOW_DAYS, ChronoUnit.DAYS), now);
        if (region != null && region.level() == RegionLevel.VILLAGE) {
            var target = targets.findById(region.parentCode()).orElse(null);
            var count = changes.countIn(region.code(), since(target), window.from(), window.until());
            return new ProgressView(
                    RegionRef.of(region), now, ProgressProjection.WINDOW_DAYS, totals(count, target), List.of());
        }
        var code = region == null ? null : region.code();
        var regionTarget = region != null && region.level() == RegionLevel.SUBDISTRICT
                ? targets.findById(code).orElse(null)
                : null;
        var children = regions.children(code);
        Map<String, SupervisionTarget> childTargets = region != null && region.level() == RegionLevel.DISTRICT
                ? targets.findByRegionCodeStartingWithOrderByRegionCode(code + ".").stream()
                        .collect(Collectors.toMap(SupervisionTarget::regionCode, Function.identity()))
                : Map.of();
        // Children counted from a start of their own are counted one by one (a seek each); the others together.
        Map<String, ProgressCount> together = children.stream().allMatch(child -> ownStart(childTargets, child))
                ? Map.of()
                : changes.countByChild(code, since(regionTarget), window.from(), window.until()).stream()
                        .collect(Collectors.toMap(ProgressCount::regionCode, Function.identity()));
        var lines = children.stream()
                .map(child -> {
                    var target = regionTarget != null ? regionTarget : childTargets.get(child.code());
                    var count = ownStart(childTargets, child)
                            ? changes.countIn(child.code(), since(target), window.from(), window.until())
                            : together.getOrDefault(child.code(), ProgressCount.none(child.code()));
                    return new ChildLine(child, count, target);
                })
                .toList();
        var sum = lines.stream().map(ChildLine::count).reduce(ProgressCount.none(code), ProgressService::plus);
        return new ProgressView(
                region == null ? null : RegionRef.of(region),
                now,
                ProgressProjection.WINDOW_DAYS,
                totals(sum, regionTarget),
                lines.stream().map(this::child).toList());
    }

    private record Window(Instant from, Instant until) {}

    private record ChildLine(RegionView region, ProgressCount count, SupervisionTarget target) {}

    private static boolean ownStart(Map<String, SupervisionTarget> childTargets, RegionView child) {
        var target = childTargets.get(child.code());
        return target != null && target.startsOn() != null;
    }

    private ProgressView.Child child(ChildLine line) {
        var target = line.target();
        var projection = project(line.count(), target);
        return new ProgressView.Child(
                line.region().code(),
                line.region().name(),
                line.region().level(),
                line.count().done(),
                line.count().total(),
                rounded(projection.ratePerDay()),
                projection.projectedFinish(),
                target == null ? null : target.targetDate(),
                target == null ? null : target.startsOn(),
                projection.status());
    }

    private ProgressView.Totals totals(ProgressCount count, SupervisionTarget target) {
        var projection = project(count, target);
        return new ProgressView.Totals(
                count.done(),
                count.total(),
                rounded(projection.ratePerDay()),
                projection.projectedFinish(),
                target == null ? null : target.targetDate(),
                target == null ? null : target.startsOn(),
                projection.status());
    }

    private ProgressProjection project(ProgressCount count, SupervisionTarget target) {
        var lastFinished =
                count.lastFinishedAt() == null ? null : LocalDate.ofInstant(count.lastFinishedAt(), clock.getZone());
        return ProgressProjection.of(
                count.total(),
                count.done(),
                count.doneLately(),
                lastFinished,
                target == null ? null : target.targetDate(),
                LocalDate.now(clock));
    }

    /** The start of the target's first day, in the registry's time zone; null without one. */
    private Instant since(SupervisionTarget target) {
        return target == null || target.startsOn() == null
                ? null
                : target.startsOn().atStartOfDay(clock.getZone()).toInstant();
    }

    private static ProgressCount plus(ProgressCount sum, ProgressCount count) {
        return new ProgressCount(
                sum.regionCode(),
                sum.total() + count.total(),
                sum.done() + count.done(),
                sum.doneLately() + count.doneLately(),
                maxOf(sum.lastFinishedAt(), count.lastFinishedAt()));
    }

    private static Instant maxOf(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    /** Two decimals are what a dashboard shows; the projection itself counts exactly. */
    private static double rounded(double rate) {
        return Math.round(rate * 100) / 100.0;
    }
}
