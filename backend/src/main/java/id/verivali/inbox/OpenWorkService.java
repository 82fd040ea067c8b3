package id.verivali.inbox;

import id.verivali.region.RegionCodes;
import id.verivali.region.RegionLevel;
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
 * where work changed. Two counts end at a moment within a day, "overdue" at now and "due soon" seven days on: of each
 * of those two days only the tasks on the shorter side of the moment are read from the work items, by a range of V24's
 * indexes. So a district's dashboard reads a few thousand rows at 150,000 open changes, and its figures are exact.
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

        if (!soonDay.isAfter(today)) {
            throw new IllegalArgumentException("\"Due soon\" must end on a later day than today: " + soon);
        }

        // Grouped by day as the index holds them (no sorting, no expression a row): which days are overdue, today,
        // due soon or the seventh is decided here, on a few hundred groups.
        Map<List<String>, Tallied> tallied = new HashMap<>();
        jdbc.query("""
                select %1$s as child, stage, due_on, escalated, sum(open_count) as open_count
                from open_work_tally where %2$s
                group by %1$s, stage, due_on, escalated""".formatted(level.tallyChild(), level.tallyWhere()), level.parameters(), row -> {
            var due = row.getDate("due_on");
            tallied.merge(
                    List.of(row.getString("child"), row.getString("stage")),
                    Tallied.of(
                            due == null ? null : due.toLocalDate(),
                            row.getBoolean("escalated"),
                            row.getLong("open_count"),
                            today,
                            soonDay),
                    Tallied::plus);
        });

        // Today's tasks split at now and the seventh day's at seven days on: of each day, the tasks on the shorter side
        // of the moment are read from the work items, and the other side is the day's tally less them.
        var edges = new Edges(
                now, soon, startOf(today), startOf(today.plusDays(1)), startOf(soonDay), startOf(soonDay.plusDays(1)));
        // One range each: H2 reads an index's range for a single range only, not for two joined by "or".
        Map<List<String>, long[]> sides = new HashMap<>();
        var params = edges.bind(level.parameters());
        countSide(level, edges.todaySide(), params, sides, 0);
        countSide(level, edges.soonDaySide(), params, sides, 1);

        var counts = new ArrayList<OpenWorkCount>();
        tallied.forEach((key, count) -> {
            var side = sides.getOrDefault(key, new long[2]);
            long overdueToday = edges.beforeNowIsShorter() ? side[0] : count.dueToday() - side[0];
            long soonToday = count.dueToday() - overdueToday;
            long soonOnSoonDay = edges.untilSoonIsShorter() ? side[1] : count.dueOnSoonDay() - side[1];
            counts.add(new OpenWorkCount(
                    key.get(0),
                    key.get(1),
                    count.total(),
                    count.dueSoon() + soonToday + soonOnSoonDay,
                    count.overdue() + overdueToday,
                    count.escalated()));
        });
        counts.sort(Comparator.comparing(OpenWorkCount::regionCode).thenComparing(OpenWorkCount::stage));
        return new OpenWork(counts, oldestOverdue(level, tallied, now, today));
    }

    /** Adds the tasks of each child and stage whose due date lies in a range to {@code sides[..][side]}. */
    private void countSide(
            Level level, String range, MapSqlParameterSource params, Map<List<String>, long[]> sides, int side) {
        jdbc.query("""
                select %1$s as child, w.stage, count(*) as tasks
                from work_item w
                where %2$s and w.state = 'OPEN' and w.follow_up = false and %3$s
                group by %1$s, w.stage""".formatted(level.itemChild(), level.itemWhere(), range), params, (RowCallbackHandler) row ->
                sides.computeIfAbsent(List.of(row.getString("child"), row.getString("stage")), key -> new long[2])[
                                side] +=
                        row.getLong("tasks"));
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

    /** One child's open tasks at one stage, by where their due days lie from today. */
    private record Tallied(
            long total,
            long escalated,
            long overdue,
            long dueToday,
            long dueSoon,
            long dueOnSoonDay,
            LocalDate earliestOverdueDay) {

        static Tallied of(LocalDate dueOn, boolean escalated, long count, LocalDate today, LocalDate soonDay) {
            boolean known = dueOn != null;
            return new Tallied(
                    count,
                    escalated ? count : 0,
                    known && dueOn.isBefore(today) ? count : 0,
                    known && dueOn.equals(today) ? count : 0,
                    known && dueOn.isAfter(today) && dueOn.isBefore(soonDay) ? count : 0,
                    known && dueOn.equals(soonDay) ? count : 0,
                    known && !dueOn.isAfter(today) ? dueOn : null);
        }

        Tallied plus(Tallied other) {
            return new Tallied(
                    total + other.total,
                    escalated + other.escalated,
                    overdue + other.overdue,
                    dueToday + other.dueToday,
                    dueSoon + other.dueSoon,
                    dueOnSoonDay + other.dueOnSoonDay,
                    earliestOverdueDay == null
                            ? other.earliestOverdueDay
                            : other.earliestOverdueDay == null || earliestOverdueDay.isBefore(other.earliestOverdueDay)
                                    ? earliestOverdueDay
                                    : other.earliestOverdueDay);
        }
    }

    /**
     * The two moments within a day that the counts end at: now (overdue before it, due soon from it) and seven days on
     * (due soon up to it), each with its day's bounds, and which side of each is the shorter to read.
     */
    private record Edges(
            Instant now, Instant soon, Timestamp today, Timestamp tomorrow, Timestamp soonDay, Timestamp afterSoonDay) {

        boolean beforeNowIsShorter() {
            return now.toEpochMilli() - today.getTime() <= tomorrow.getTime() - now.toEpochMilli();
        }

        boolean untilSoonIsShorter() {
            return soon.toEpochMilli() - soonDay.getTime() <= afterSoonDay.getTime() - soon.toEpochMilli();
        }

        /** Today's tasks due before now, or those due from now on. */
        String todaySide() {
            return beforeNowIsShorter()
                    ? "w.due_date >= :today and w.due_date < :now"
                    : "w.due_date >= :now and w.due_date < :tomorrow";
        }

        /** The seventh day's tasks due up to seven days on, or those due after it. */
        String soonDaySide() {
            return untilSoonIsShorter()
                    ? "w.due_date >= :soonDay and w.due_date <= :soon"
                    : "w.due_date > :soon and w.due_date < :afterSoonDay";
        }

        MapSqlParameterSource bind(MapSqlParameterSource params) {
            return params.addValue("now", Timestamp.from(now))
                    .addValue("soon", Timestamp.from(soon))
                    .addValue("today", today)
                    .addValue("tomorrow", tomorrow)
                    .addValue("soonDay", soonDay)
                    .addValue("afterSoonDay", afterSoonDay);
        }
    }

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
                        null,
                        RegionLevel.PROVINCE,
                        "substring(subdistrict_code, 1, 2)",
                        "1 = 1",
                        "substring(w.district_code, 1, 2)",
                        "1 = 1");
            }
            return switch (RegionLevel.ofCode(regionCode)) {
                case PROVINCE ->
                    new Level(
                            regionCode,
                            RegionLevel.DISTRICT,
                            "substring(subdistrict_code, 1, 5)",
                            "subdistrict_code like :under",
                            "w.district_code",
                            "w.district_code like :under");
                case DISTRICT ->
                    new Level(
                            regionCode,
                            RegionLevel.SUBDISTRICT,
                            "subdistrict_code",
                            "subdistrict_code like :under",
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
