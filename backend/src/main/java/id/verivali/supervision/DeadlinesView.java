package id.verivali.supervision;

import id.verivali.changerequest.Stage;
import id.verivali.region.RegionLevel;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * Open work under a region and how late it runs, per child region and stage.
 *
 * @param region absent for the whole country, whose children are the provinces
 * @param totals the region's own, over all its children
 * @param children a province's districts, a district's kecamatan, a kecamatan's villages; none for a village
 */
record DeadlinesView(RegionRef region, Instant asOf, Counts totals, List<Child> children) {

    /**
     * Open decision tasks (follow-ups are not counted: they follow up a task that is).
     *
     * @param dueWithin7Days due from now to seven days on
     * @param overdue due before now
     * @param escalated overdue long enough that the level above has a follow-up of it
     */
    record Counts(long total, long dueWithin7Days, long overdue, long escalated) {

        static final Counts NONE = new Counts(0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(
                    total + other.total,
                    dueWithin7Days + other.dueWithin7Days,
                    overdue + other.overdue,
                    escalated + other.escalated);
        }
    }

    /** @param oldestOverdue absent when nothing of the child is overdue */
    @Schema(name = "DeadlineChild")
    record Child(
            String code,
            String name,
            RegionLevel level,
            Counts totals,
            List<StageCounts> byStage,
            OldestOverdue oldestOverdue) {}

    record StageCounts(Stage stage, long total, long dueWithin7Days, long overdue, long escalated) {}

    /**
     * The task overdue the longest.
     *
     * @param daysOverdue calendar days (in the registry's time zone) from its due date to today
     */
    record OldestOverdue(
            long changeRequestId, String changeRequestNumber, Stage stage, Instant dueDate, long daysOverdue) {}
}
