package id.verivali.changerequest;

import id.verivali.common.tally.VillageTally;
import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Changes kept per village, day proposed, whether ended and day ended (V25), counted again from the changes of the
 * villages {@link ChangeProgressMarks} marked.
 */
@Component
class ChangeProgressTally extends VillageTally {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ChangeProgressTally(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        super(jdbc, transactions, ChangeProgressMarks.MARKS);
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected void recount(List<String> villages) {
        var zone = clock.getZone();
        Map<Bucket, Counted> counts = new HashMap<>();
        var byVillage = new MapSqlParameterSource("villages", villages);
        jdbc.query(
                "select village_code, proposed_at, status, finished_at from change_request where village_code in (:villages)",
                byVillage,
                row -> {
                    var finished = row.getTimestamp("finished_at");
                    var finishedAt = finished == null ? null : finished.toInstant();
                    var bucket = new Bucket(
                            row.getString("village_code"),
                            LocalDate.ofInstant(row.getTimestamp("proposed_at").toInstant(), zone),
                            !ChangeStatus.IN_PROGRESS.name().equals(row.getString("status")),
                            finishedAt == null ? null : LocalDate.ofInstant(finishedAt, zone));
                    counts.merge(bucket, new Counted(1, finishedAt), Counted::plus);
                });
        jdbc.update("delete from change_progress_tally where village_code in (:villages)", byVillage);
        jdbc.batchUpdate(
                """
                insert into change_progress_tally (village_code, proposed_on, done, finished_on, changes,
                    last_finished_at)
                values (:village, :proposedOn, :done, :finishedOn, :changes, :lastFinishedAt)""",
                counts.entrySet().stream()
                        .map(entry -> row(entry.getKey(), entry.getValue()))
                        .toArray(SqlParameterSource[]::new));
    }

    private static SqlParameterSource row(Bucket bucket, Counted counted) {
        return new MapSqlParameterSource()
                .addValue("village", bucket.village())
                .addValue("proposedOn", Date.valueOf(bucket.proposedOn()))
                .addValue("done", bucket.done())
                .addValue(
                        "finishedOn",
                        bucket.finishedOn() == null ? null : Date.valueOf(bucket.finishedOn()),
                        Types.DATE)
                .addValue("changes", counted.changes())
                .addValue(
                        "lastFinishedAt",
                        counted.lastFinishedAt() == null ? null : Timestamp.from(counted.lastFinishedAt()),
                        Types.TIMESTAMP);
    }

    private record Bucket(String village, LocalDate proposedOn, boolean done, LocalDate finishedOn) {}

    private record Counted(long changes, Instant lastFinishedAt) {
        Counted plus(Counted other) {
            var last = lastFinishedAt == null
                    ? other.lastFinishedAt
                    : other.lastFinishedAt == null || lastFinishedAt.isAfter(other.lastFinishedAt)
                            ? lastFinishedAt
                            : other.lastFinishedAt;
            return new Counted(changes + other.changes, last);
        }
    }
}
