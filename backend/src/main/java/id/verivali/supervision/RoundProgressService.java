package id.verivali.supervision;

import id.verivali.changerequest.ChangeStatus;
import id.verivali.changerequest.Stage;
import id.verivali.round.RoundService;
import id.verivali.security.CurrentUser;
import id.verivali.security.RegionScope;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far each kecamatan of a round has come through the chain. One grouped statement over the round's households
 * and their changes (V15's index by round and kecamatan, then the change's primary key), never the engine.
 */
@Service
@Transactional(readOnly = true)
class RoundProgressService {

    private final RoundService rounds;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    RoundProgressService(RoundService rounds, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.rounds = rounds;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** 403 for anyone who reads no supervision view; 404 for a round outside the reader's district. */
    RoundProgressView progress(long roundId, CurrentUser reader, RegionScope scope) {
        Readers.check(reader);
        var round = rounds.get(roundId, scope);
        LocalDate today = LocalDate.now(clock);
        Instant windowStart = today.minusDays(ProgressProjection.WINDOW_DAYS)
                .atStartOfDay(clock.getZone())
                .toInstant();
        Map<String, Counts> bySubdistrict = counts(roundId, windowStart);
        var kecamatan = round.subdistricts().stream()
                .map(subdistrict -> {
                    var counts = bySubdistrict.getOrDefault(subdistrict.code(), new Counts());
                    long households = subdistrict.householdsTotal();
                    long done = counts.approved + counts.rejected + counts.withdrawn;
                    var projection = ProgressProjection.of(
                            households,
                            done,
                            counts.doneLately,
                            counts.lastFinished == null
                                    ? null
                                    : LocalDate.ofInstant(counts.lastFinished, clock.getZone()),
                            subdistrict.targetDate(),
                            today);
                    return new RoundProgressView.Kecamatan(
                            subdistrict.code(),
                            subdistrict.name(),
                            subdistrict.targetDate(),
                            households,
                            Math.max(0, households - counts.started),
                            Map.copyOf(counts.byStage),
                            counts.approved,
                            counts.rejected,
                            counts.withdrawn,
                            done,
                            projection.ratePerDay(),
                            projection.projectedFinish(),
                            projection.status());
                })
                .toList();
        return new RoundProgressView(
                round.id(),
                round.name(),
                round.status(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS),
                ProgressProjection.WINDOW_DAYS,
                kecamatan);
    }

    private Map<String, Counts> counts(long roundId, Instant windowStart) {
        var params = new MapSqlParameterSource()
                .addValue("round", roundId)
                // As every writer of these columns binds them: java.sql.Timestamp in the JVM's zone.
                .addValue("from", Timestamp.from(windowStart));
        Map<String, Counts> bySubdistrict = new HashMap<>();
        jdbc.query("""
                select rh.subdistrict_code as subdistrict, c.stage as stage, c.status as status, count(*) as changes,
                    sum(case when c.finished_at >= :from then 1 else 0 end) as done_lately,
                    max(c.finished_at) as last_finished
                from verification_round_household rh
                join change_request c on c.id = rh.change_request_id
                where rh.round_id = :round
                group by rh.subdistrict_code, c.stage, c.status""", params, (RowCallbackHandler) row -> {
            var counts = bySubdistrict.computeIfAbsent(row.getString("subdistrict"), code -> new Counts());
            long changes = row.getLong("changes");
            counts.started += changes;
            counts.doneLately += row.getLong("done_lately");
            Timestamp last = row.getTimestamp("last_finished");
            if (last != null && (counts.lastFinished == null || last.toInstant().isAfter(counts.lastFinished))) {
                counts.lastFinished = last.toInstant();
            }
            switch (ChangeStatus.valueOf(row.getString("status"))) {
                case IN_PROGRESS -> counts.byStage.merge(Stage.valueOf(row.getString("stage")), changes, Long::sum);
                case APPROVED -> counts.approved += changes;
                case REJECTED -> counts.rejected += changes;
                case WITHDRAWN -> counts.withdrawn += changes;
            }
        });
        return bySubdistrict;
    }

    /** One kecamatan's changes as the statement brings them in. */
    private static final class Counts {
        long started;
        long approved;
        long rejected;
        long withdrawn;
        long doneLately;
        Instant lastFinished;
        final Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
    }
}
