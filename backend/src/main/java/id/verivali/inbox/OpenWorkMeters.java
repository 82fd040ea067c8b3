package id.verivali.inbox;

import id.verivali.changerequest.Stage;
import id.verivali.common.metrics.CachedReading;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Open decision work for the metrics scraper, by stage: {@code verivali_work_open{stage, state}} with state
 * {@code open} (all of it), {@code overdue} (due before today) and {@code escalated} (a follow-up went to the level
 * above). Read from the dashboards' tally (V24), the whole installation's at once: every node answers the same
 * figure, which a dashboard takes once ({@code max}).
 */
@Component
class OpenWorkMeters implements MeterBinder {

    private static final Duration MAX_AGE = Duration.ofSeconds(10);

    private final CachedReading<Map<String, Counts>> byStage;

    OpenWorkMeters(JdbcTemplate jdbc, Clock clock) {
        this.byStage = new CachedReading<>(() -> read(jdbc, LocalDate.now(clock)), MAX_AGE, clock);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Stage stage : Stage.values()) {
            if (stage.allowedDecisions().isEmpty()) {
                continue;
            }
            gauge(registry, stage, "open", Counts::open);
            gauge(registry, stage, "overdue", Counts::overdue);
            gauge(registry, stage, "escalated", Counts::escalated);
        }
    }

    private void gauge(MeterRegistry registry, Stage stage, String state, ToLongFunction<Counts> of) {
        Gauge.builder(
                        "verivali.work.open",
                        byStage,
                        counts -> of.applyAsLong(counts.get().getOrDefault(stage.name(), Counts.NONE)))
                .description("Open decision tasks (follow-ups not counted)")
                .tag("stage", stage.name())
                .tag("state", state)
                .register(registry);
    }

    private static Map<String, Counts> read(JdbcTemplate jdbc, LocalDate today) {
        Map<String, Counts> counts = new HashMap<>();
        jdbc.query(
                """
                select stage, sum(open_count) as open_count,
                       sum(case when due_on < ? then open_count else 0 end) as overdue,
                       sum(case when escalated then open_count else 0 end) as escalated
                from open_work_tally group by stage""",
                row -> {
                    counts.put(
                            row.getString("stage"),
                            new Counts(row.getLong("open_count"), row.getLong("overdue"), row.getLong("escalated")));
                },
                Date.valueOf(today));
        return counts;
    }

    private record Counts(long open, long overdue, long escalated) {
        static final Counts NONE = new Counts(0, 0, 0);
    }
}
