package id.verivali.round;

import id.verivali.common.metrics.CachedReading;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rounds' progress for the metrics scraper, by status: {@code verivali_rounds{status}} counts them and
 * {@code verivali_round_households{status, count}} adds up their households ({@code total}) and those with a change
 * ({@code started} by the round, {@code in_progress} already, or {@code left_registry}); a dashboard divides the
 * latter by the former for a status's progress. The whole installation's at once, so every node answers the same.
 */
@Component
class RoundMeters implements MeterBinder {

    private static final Duration MAX_AGE = Duration.ofSeconds(10);

    private final CachedReading<Map<RoundStatus, Totals>> byStatus;

    RoundMeters(JdbcTemplate jdbc, Clock clock) {
        this.byStatus = new CachedReading<>(() -> read(jdbc), MAX_AGE, clock);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (RoundStatus status : RoundStatus.values()) {
            Gauge.builder(
                            "verivali.rounds",
                            byStatus,
                            totals -> of(totals, status).rounds())
                    .description("Verification rounds")
                    .tag("status", status.name())
                    .register(registry);
            households(registry, status, "total", Totals::households);
            households(registry, status, "started", Totals::started);
            households(registry, status, "in_progress", Totals::inProgress);
            households(registry, status, "left_registry", Totals::leftRegistry);
        }
    }

    private void households(MeterRegistry registry, RoundStatus status, String count, ToLongFunction<Totals> of) {
        Gauge.builder("verivali.round.households", byStatus, totals -> of.applyAsLong(of(totals, status)))
                .description("Households of verification rounds, and those each round has accounted for")
                .tag("status", status.name())
                .tag("count", count)
                .register(registry);
    }

    private static Totals of(CachedReading<Map<RoundStatus, Totals>> totals, RoundStatus status) {
        return totals.get().getOrDefault(status, Totals.NONE);
    }

    private static Map<RoundStatus, Totals> read(JdbcTemplate jdbc) {
        Map<RoundStatus, Totals> totals = new EnumMap<>(RoundStatus.class);
        jdbc.query("""
                select status, count(*) as rounds, sum(households_total) as households,
                       sum(changes_started) as started, sum(already_in_progress) as in_progress,
                       sum(left_registry) as left_registry
                from verification_round group by status""", row -> {
            totals.put(
                    RoundStatus.valueOf(row.getString("status")),
                    new Totals(
                            row.getLong("rounds"),
                            row.getLong("households"),
                            row.getLong("started"),
                            row.getLong("in_progress"),
                            row.getLong("left_registry")));
        });
        return totals;
    }

    private record Totals(long rounds, long households, long started, long inProgress, long leftRegistry) {
        static final Totals NONE = new Totals(0, 0, 0, 0, 0);
    }
}
