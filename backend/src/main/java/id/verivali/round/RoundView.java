package id.verivali.round;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A round and how far starting its changes has come.
 *
 * @param householdsTotal active households in scope at opening
 * @param changesStarted re-verifications the round started
 * @param alreadyInProgress households whose change already in flight the round linked instead
 * @param leftRegistry households removed from the list before their turn came
 * @param percentDone households done out of the total, 0 to 100
 * @param perMinute households done a minute, pauses excluded; null before the first batch
 * @param estimatedFinish when the last household will have its change at that rate; null once all have or when
 *     paused
 */
public record RoundView(
        long id,
        String name,
        Region district,
        LocalDate startsOn,
        RoundStatus status,
        String openedBy,
        Instant openedAt,
        int householdsTotal,
        int changesStarted,
        int alreadyInProgress,
        int leftRegistry,
        int householdsDone,
        double percentDone,
        Double perMinute,
        Instant estimatedFinish,
        Instant allStartedAt,
        List<Kecamatan> subdistricts,
        long version) {

    @Schema(name = "RoundRegion")
    public record Region(String code, String name) {}

    /** A kecamatan of the round: its target date and its households with their change so far. */
    @Schema(name = "RoundKecamatan")
    public record Kecamatan(String code, String name, LocalDate targetDate, int householdsTotal, int householdsDone) {}
}
