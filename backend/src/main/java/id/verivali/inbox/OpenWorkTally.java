package id.verivali.inbox;

import id.verivali.common.tally.VillageTally;
import id.verivali.region.RegionCodes;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Open decision tasks kept per village, stage, due day and escalation (V24), counted again from the work items of the
 * villages {@link OpenWorkMarks} marked. What counts as open work is the dashboard's: open, not a follow-up.
 */
@Component
class OpenWorkTally extends VillageTally {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    OpenWorkTally(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        super(jdbc, transactions, OpenWorkMarks.MARKS);
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected void recount(List<String> villages) {
        var zone = clock.getZone();
        Map<Bucket, Long> counts = new HashMap<>();
        jdbc.query(
                """
                select village_code, stage, due_date, escalated_at from work_item
                where subdistrict_code in (:subdistricts) and state = 'OPEN' and follow_up = false
                  and village_code in (:villages)""",
                new MapSqlParameterSource("villages", villages)
                        .addValue(
                                "subdistricts",
                                villages.stream()
                                        .map(RegionCodes::parentOf)
                                        .distinct()
                                        .toList()),
                row -> {
                    var due = row.getTimestamp("due_date");
                    var bucket = new Bucket(
                            row.getString("village_code"),
                            row.getString("stage"),
                            due == null ? null : LocalDate.ofInstant(due.toInstant(), zone),
                            row.getTimestamp("escalated_at") != null);
                    counts.merge(bucket, 1L, Long::sum);
                });
        jdbc.update(
                "delete from open_work_tally where village_code in (:villages)",
                new MapSqlParameterSource("villages", villages));
        jdbc.batchUpdate(
                """
                insert into open_work_tally (subdistrict_code, village_code, stage, due_on, escalated, open_count)
                values (:subdistrict, :village, :stage, :dueOn, :escalated, :count)""",
                counts.entrySet().stream()
                        .map(entry -> new MapSqlParameterSource()
                                .addValue(
                                        "subdistrict",
                                        RegionCodes.parentOf(entry.getKey().village()))
                                .addValue("village", entry.getKey().village())
                                .addValue("stage", entry.getKey().stage())
                                .addValue(
                                        "dueOn",
                                        entry.getKey().dueOn() == null
                                                ? null
                                                : Date.valueOf(entry.getKey().dueOn()),
                                        java.sql.Types.DATE)
                                .addValue("escalated", entry.getKey().escalated())
                                .addValue("count", entry.getValue()))
                        .toArray(SqlParameterSource[]::new));
    }

    private record Bucket(String village, String stage, LocalDate dueOn, boolean escalated) {
        Bucket {
            Objects.requireNonNull(village);
            Objects.requireNonNull(stage);
        }
    }
}
