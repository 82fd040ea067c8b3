package id.verivali.supervision;

import id.verivali.changerequest.Stage;
import id.verivali.inbox.OpenTaskView;
import id.verivali.inbox.OpenWorkCount;
import id.verivali.inbox.OpenWorkService;
import id.verivali.region.RegionLevel;
import id.verivali.region.RegionService;
import id.verivali.region.RegionView;
import id.verivali.security.CurrentUser;
import id.verivali.security.RegionScope;
import id.verivali.supervision.DeadlinesView.Child;
import id.verivali.supervision.DeadlinesView.Counts;
import id.verivali.supervision.DeadlinesView.OldestOverdue;
import id.verivali.supervision.DeadlinesView.StageCounts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Open work and deadlines under a region, per child region and stage: the overdue dashboard. No transaction of its own:
 * the open work's counts are refreshed and committed first, then read.
 */
@Service
class DeadlineReport {

    /** What "due soon" means to a supervisor: within a week. */
    static final Duration SOON = Duration.ofDays(7);

    /** The stages that have a person's task, in the chain's order. */
    private static final List<Stage> TASK_STAGES = Arrays.stream(Stage.values())
            .filter(stage -> !stage.allowedDecisions().isEmpty())
            .toList();

    private final OpenWorkService openWork;
    private final RegionService regions;
    private final Clock clock;

    DeadlineReport(OpenWorkService openWork, RegionService regions, Clock clock) {
        this.openWork = openWork;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * The region asked for (by default the reader's own; the provinces for national readers) with its children. A
     * village is its own only row: it has no children, and its totals are its own.
     */
    DeadlinesView deadlines(CurrentUser reader, RegionScope scope, String requested) {
        var region = Readers.regionFor(reader, scope, requested, regions).orElse(null);
        var code = region == null ? null : region.code();
        var now = clock.instant();
        var work = openWork.deadlines(code, now, now.plus(SOON));
        var counts = work.counts();
        var byChild = counts.stream().collect(Collectors.groupingBy(OpenWorkCount::regionCode));
        List<RegionView> children =
                region != null && region.level() == RegionLevel.VILLAGE ? List.of() : regions.children(code);
        return new DeadlinesView(
                region == null ? null : RegionRef.of(region),
                now,
                counts.stream().map(DeadlineReport::counts).reduce(Counts.NONE, Counts::plus),
                children.stream()
                        .map(child -> child(
                                child,
                                byChild.getOrDefault(child.code(), List.of()),
                                work.oldestOverdue().get(child.code())))
                        .toList());
    }

    private Child child(RegionView child, List<OpenWorkCount> counts, OpenTaskView oldestOverdue) {
        Map<String, OpenWorkCount> byStage =
                counts.stream().collect(Collectors.toMap(OpenWorkCount::stage, count -> count));
        var stages = TASK_STAGES.stream()
                .map(stage -> stageCounts(stage, byStage.get(stage.name())))
                .toList();
        var oldest = oldestOverdue == null
                ? null
                : new OldestOverdue(
                        oldestOverdue.changeRequestId(),
                        oldestOverdue.changeRequestNumber(),
                        Stage.valueOf(oldestOverdue.stage()),
                        oldestOverdue.dueDate(),
                        daysOverdue(oldestOverdue.dueDate()));
        return new Child(
                child.code(),
                child.name(),
                child.level(),
                counts.stream().map(DeadlineReport::counts).reduce(Counts.NONE, Counts::plus),
                stages,
                oldest);
    }

    private long daysOverdue(Instant dueDate) {
        return ChronoUnit.DAYS.between(LocalDate.ofInstant(dueDate, clock.getZone()), LocalDate.now(clock));
    }

    private static StageCounts stageCounts(Stage stage, OpenWorkCount count) {
        return count == null
                ? new StageCounts(stage, 0, 0, 0, 0)
                : new StageCounts(stage, count.total(), count.dueSoon(), count.overdue(), count.escalated());
    }

    private static Counts counts(OpenWorkCount count) {
        return new Counts(count.total(), count.dueSoon(), count.overdue(), count.escalated());
    }
}
