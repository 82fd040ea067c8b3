package id.verivali.supervision;

import id.verivali.changerequest.Stage;
import id.verivali.round.RoundStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A verification round as its supervisors follow it: per kecamatan, where its households' changes are in the chain
 * (not started yet, at each stage, done), against the kecamatan's target date, with the projected finish at the rate
 * of the last {@code rateWindowDays} days.
 */
record RoundProgressView(
        long roundId,
        String roundName,
        RoundStatus status,
        Instant asOf,
        int rateWindowDays,
        List<Kecamatan> subdistricts) {

    /**
     * @param notStarted households the round has not reached yet
     * @param byStage changes in progress at each stage, from the checks to the ministry
     * @param approved changes that ended approved (the household re-verified), {@code rejected} and {@code withdrawn}
     *     likewise; together they are {@code done}
     */
    @Schema(name = "RoundProgressKecamatan")
    record Kecamatan(
            String code,
            String name,
            LocalDate targetDate,
            long households,
            long notStarted,
            Map<Stage, Long> byStage,
            long approved,
            long rejected,
            long withdrawn,
            long done,
            double ratePerDay,
            LocalDate projectedFinish,
            ProgressStatus status) {}
}
