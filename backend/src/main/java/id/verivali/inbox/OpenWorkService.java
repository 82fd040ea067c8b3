package id.verivali.inbox;

import id.verivali.region.RegionCodes;
import id.verivali.region.RegionLevel;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * How much work is open under a region and how late it runs, from the inbox's read model: never the engine's tables or
 * process variables. The counts come from {@link OpenWorkTally}'s rows per village, stage and due day, refreshed first
 * where work changed; only the tasks due on the two days whose counts end within the day (today for "overdue", seven
 * days on for "due soon") are read from the work items, by a range of V24's indexes. So a district's dashboard reads a
 * few thousand rows at 150,000 open changes, and its figures are exact.
 */
@Service
public class OpenWorkService {

    private final NamedParameterJdbcTemplate jdbc;
    private final OpenWorkTally tally;
    private final Clock clock;

    OpenWorkService(NamedParameterJdbcTemplate jdbc, OpenWorkTally tally, Clock clock) {
        this.jdbc = jdbc;
        this.tally = tally;
        this.clock = clock;
    }

    /**
     * The open decision tasks under a region per child region and stage: the provinces for the whole country (null),
     * a province's districts, a district's kecamatan, a kecamatan's villages; a village counts only itself.
     *
     * @param soon the end of "due soon", which starts at {@code now}
     */
    public OpenWork deadlines(String regionCode, Instant now, Instant soon) {
        tally.refresh(regionCode);
        var level = Level.of(regionCode);
        var zone = clock.getZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate soonDay = LocalDate.ofInstant(soon, zone);

        Map<List<String>, Tallied> tallied = new HashMap<>();
        jdbc.query(
                """
                select %1$s as child, stage, sum(open_count) as total,
                    sum(case when escalated = true then open_count else 0 end) as escalated,
                    sum(case when due_on < :today then open_count else 0 end) as overdue,
                    sum(case when due_on > :today and due_on < :soonDay then open_count else 0 end) as due_soon,
                    min(case when due_on <= :today then due_on end) as earliest_overdue_day
                from open_work_tally where %2$s
                group by %1$s, stage""".formatted(level.tallyChild(), level.tallyWhere()),
                level.parameters().addValue("today", Date.valueOf(today)).addValue("soonDay", Date.valueOf(soonDay)),
                row -> {
                    var day = row.getDate("earliest_overdue_day");
                    tallied.put(
                            List.of(row.getString("child"), row.getString("stage")),
                            new Tallied(
                                    row.getLong("total"),
                                    row.getLong("escalated"),
                                    row.getLong("overdue"),
                                    row.getLong("due_soon"),
                                    day == null ? null : day.toLocalDate()));
                });

        // Today's and the seventh day's tasks, split at the exact moments.
        Map<List<String>, long[]> edges = new HashMap<>();
        jdbc.query(
                """
                select %1$s as child, w.stage,
                    sum(case when w.due_date < :now then 1 else 0 end) as overdue,
                    sum(case when w.due_date >= :now and w.due_date <= :soon then 1 else 0 end) as due_soon
                from work_item w
                where %2$s and w.state = 'OPEN' and w.follow_up = false
                  and ((w.due_date >= :todayStart and w.due_date < :tomorrowStart)
                    or (w.due_date >= :soonDayStart and w.due_date < :afterSoonDayStart))
                group by %1$s, w.stage""".formatted(level.itemChild(), level.itemWhere()),
                level.parameters()
                        .addValue("now", Timestamp.from(now))
                        .addValue("soon", Timestamp.from(soon))
                        .addValue("todayStart", startOf(today))
                        .addValue("tomorrowStart", startOf(today.plusDays(1)))
                        .addValue("soonDayStart", startOf(soonDay))
                        .addValue("afterSoonDayStart", startOf(soonDay.plusDays(1))),
                (RowCallbackHandler) row -> edges.put(
                        List.of(row.getString("child"), row.getString("stage")),
                        new long[] {row.getLong("overdue"), row.getLong("due_soon")}));

        var counts = new ArrayList<OpenWorkCount>();
        tallied.forEach((key, count) -> {
            var edge = edges.getOrDefault(key, new long[2]);
            counts.add(new OpenWorkCount(
                    key.get(0),
                    key.get(1),
                    count.total(),
                    count.dueSoon() + edge[1],
                    count.overdue() + edge[0],
                    count.escalated()));
        });
        counts.sort(Comparator.comparing(OpenWorkCount::regionCode).thenComparing(OpenWorkCount::stage));
        return new OpenWork(counts, oldestOverdue(level, tallied, now, today));
    }

    /**
     * Each child's oldest overdue task: the stages holding the child's earliest overdue day are searched within that
     * day (before now, if it is today), a seek each on V11's deadline indexes.
     */
    private Map<String, OpenTaskView> oldestOverdue(
            Level level, Map<List<String>, Tallied> tallied, Instant now, LocalDate today) {
        Map<String, LocalDate> earliestDay = new HashMap<>();
        tallied.forEach((key, count) -> {
            if (count.earliestOverdueDay() != null) {
                earliestDay.merge(key.get(0), count.earliestOverdueDay(), (a, b) -> a.isBefore(b) ? a : b);
            }
        });
        Map<String, OpenTaskView> oldest = new HashMap<>();
        earliestDay.forEach((child, day) -> {
            var until = day.isBefore(today) ? startOf(day.plusDays(1)) : Timestamp.from(now);
            tallied.entrySet().stream()
                    .filter(entry -> entry.getKey().get(0).equals(child)
                            && day.equals(entry.getValue().earliestOverdueDay()))
                    .map(entry -> earliestDue(
                            level.childLevel(), child, entry.getKey().get(1), startOf(day), until))
                    .flatMap(Optional::stream)
                    .min(Comparator.comparing(OpenTaskView::dueDate).thenComparing(OpenTaskView::taskId))
                    .ifPresent(task -> oldest.put(child, task));
        });
        return oldest;
    }

    private Optional<OpenTaskView> earliestDue(
            RegionLevel childLevel, String child, String stage, Timestamp from, Timestamp until) {
        var params = new MapSqlParameterSource()
                .addValue("child", child)
                .addValue("stage", stage)
                .addValue("from", from)
                .addValue("until", until);
        String where = switch (childLevel) {
            case PROVINCE -> {
                params.addValue("childUnder", child + ".%");
                yield "w.district_code like :childUnder";
            }
            case DISTRICT -> "w.district_code = :child";
            case SUBDISTRICT -> {
                params.addValue("childParent", RegionCodes.parentOf(child));
                yield "w.district_code = :childParent and w.subdistrict_code = :child";
            }
            case VILLAGE -> {
                params.addValue("childParent", RegionCodes.parentOf(child));
                yield "w.subdistrict_code = :childParent and w.village_code = :child";
            }
        };
        return jdbc
                .query(
                        """
                        select w.task_id, w.change_request_id, w.change_request_number, w.stage, w.due_date
                        from work_item w
                        where %s and w.state = 'OPEN' and w.follow_up = false and w.stage = :stage
                          and w.due_date >= :from and w.due_date < :until
                        order by w.due_date, w.task_id limit 1""".formatted(where),
                        params,
                        (row, i) -> new OpenTaskView(
                                row.getString("task_id"),
                                row.getLong("change_request_id"),
                                row.getString("change_request_number"),
                                row.getString("stage"),
                                row.getTimestamp("due_date").toInstant()))
                .stream()
                .findFirst();
    }

    private Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(clock.getZone()).toInstant());
    }

    private record Tallied(long total, long escalated, long overdue, long dueSoon, LocalDate earliestOverdueDay) {}

    /** How the counts of a region's children are grouped and filtered, in the tally and in the work items. */
    private record Level(
            String regionCode,
            RegionLevel childLevel,
            String tallyChild,
            String tallyWhere,
            String itemChild,
            String itemWhere) {

        static Level of(String regionCode) {
            if (regionCode == null) {
                return new Level(
                        null, RegionLevel.PROVINCE, prefix(2), "1 = 1", "substring(w.district_code, 1, 2)", "1 = 1");
            }
            return switch (RegionLevel.ofCode(regionCode)) {
                case PROVINCE ->
                    new Level(
                            regionCode,
                            RegionLevel.DISTRICT,
                            prefix(5),
                            "village_code like :under",
                            "w.district_code",
                            "w.district_code like :under");
                case DISTRICT ->
                    new Level(
                            regionCode,
                            RegionLevel.SUBDISTRICT,
                            prefix(8),
                            "village_code like :under",
                            "w.subdistrict_code",
                            "w.district_code = :region");
                case SUBDISTRICT ->
                    new Level(
                            regionCode,
                            RegionLevel.VILLAGE,
                            "village_code",
                            "village_code like :under",
                            "w.village_code",
                            "w.subdistrict_code = :region");
                // A village counts itself, its one row.
                case VILLAGE ->
                    new Level(
                            regionCode,
                            RegionLevel.VILLAGE,
                            "village_code",
                            "village_code = :region",
                            "w.village_code",
                            "w.subdistrict_code = :parent and w.village_code = :region");
            };
        }

        private static String prefix(int length) {
            return "substring(village_code, 1, " + length + ")";
        }

        MapSqlParameterSource parameters() {
            var params = new MapSqlParameterSource();
            if (regionCode != null) {
                params.addValue("region", regionCode).addValue("under", regionCode + ".%");
                if (RegionLevel.ofCode(regionCode) == RegionLevel.VILLAGE) {
                    params.addValue("parent", RegionCodes.parentOf(regionCode));
                }
            }
            return params;
        }
    }
}
