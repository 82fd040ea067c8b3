package id.verivali.changerequest;

import id.verivali.region.RegionCodes;
import id.verivali.region.RegionLevel;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * How far a region's changes have come: proposed, ended, and ended lately, by region. The counts come from {@link
 * ChangeProgressTally}'s rows per village and day, refreshed first where changes moved; only the changes that ended on
 * the first and last days of the "lately" window (which starts and ends within a day) are read from the changes, by a
 * range of V25's indexes.
 */
@Service
public class ChangeProgressService {

    private final NamedParameterJdbcTemplate jdbc;
    private final ChangeProgressTally tally;
    private final Clock clock;

    ChangeProgressService(NamedParameterJdbcTemplate jdbc, ChangeProgressTally tally, Clock clock) {
        this.jdbc = jdbc;
        this.tally = tally;
        this.clock = clock;
    }

    /**
     * The changes under a region per child region: the provinces for the whole country (null), a province's
     * districts, a district's kecamatan, a kecamatan's villages. Children without changes have no rows.
     *
     * @param proposedSince only changes proposed from then on, the start of a day in the registry's time zone; null
     *     for all
     * @param from the start of the window whose endings count as {@code doneLately}
     * @param until its end (excluded)
     */
    public List<ProgressCount> countByChild(String regionCode, Instant proposedSince, Instant from, Instant until) {
        if (regionCode != null && RegionLevel.ofCode(regionCode) == RegionLevel.VILLAGE) {
            return List.of();
        }
        tally.refresh(regionCode);
        var child = switch (regionCode == null ? RegionLevel.PROVINCE : RegionLevel.ofCode(regionCode)) {
            case PROVINCE -> regionCode == null ? Grouping.PROVINCES : Grouping.DISTRICTS;
            case DISTRICT -> Grouping.SUBDISTRICTS;
            case SUBDISTRICT, VILLAGE -> Grouping.VILLAGES;
        };
        return count(regionCode, child, proposedSince, from, until);
    }

    /** The changes of one region, as {@link #countByChild} counts each child. */
    public ProgressCount countIn(String regionCode, Instant proposedSince, Instant from, Instant until) {
        tally.refresh(regionCode);
        var counts = count(regionCode, Grouping.WHOLE, proposedSince, from, until);
        return counts.isEmpty()
                ? ProgressCount.none(regionCode)
                : counts.get(0).regionCode().equals(regionCode)
                        ? counts.get(0)
                        : new ProgressCount(
                                regionCode,
                                counts.get(0).total(),
                                counts.get(0).done(),
                                counts.get(0).doneLately(),
                                counts.get(0).lastFinishedAt());
    }

    /** How counts are grouped: by a prefix of the village code, or not at all. */
    private enum Grouping {
        PROVINCES(2),
        DISTRICTS(5),
        SUBDISTRICTS(8),
        VILLAGES(13),
        WHOLE(0);

        private final int codeLength;

        Grouping(int codeLength) {
            this.codeLength = codeLength;
        }

        String tallyChild() {
            return this == WHOLE ? "'all'" : "substring(village_code, 1, " + codeLength + ")";
        }

        String changeChild() {
            return switch (this) {
                case PROVINCES -> "substring(c.district_code, 1, 2)";
                case DISTRICTS -> "c.district_code";
                case SUBDISTRICTS -> "c.subdistrict_code";
                case VILLAGES -> "c.village_code";
                case WHOLE -> "'all'";
            };
        }
    }

    private List<ProgressCount> count(
            String regionCode, Grouping grouping, Instant proposedSince, Instant from, Instant until) {
        var zone = clock.getZone();
        LocalDate fromDay = LocalDate.ofInstant(from, zone);
        LocalDate untilDay = LocalDate.ofInstant(until, zone);
        var params = new MapSqlParameterSource()
                .addValue("fromDay", Date.valueOf(fromDay))
                .addValue("untilDay", Date.valueOf(untilDay))
                // Finish times are whole seconds (ChangeRequest.timestamp), and MySQL compares a parameter at the
                // column's whole-second precision: the window's bounds are bound as the whole seconds they amount to.
                .addValue("from", Timestamp.from(wholeSecondFrom(from)))
                .addValue("until", Timestamp.from(wholeSecondFrom(until)))
                .addValue("fromDayStart", startOf(fromDay))
                .addValue("fromDayEnd", startOf(fromDay.plusDays(1)))
                .addValue("untilDayStart", startOf(untilDay))
                .addValue("untilDayEnd", startOf(untilDay.plusDays(1)));
        var tallyWhere = new StringBuilder(regionCode == null ? "1 = 1" : villagesOf(regionCode, params));
        var changeWhere = new StringBuilder(changesOf(regionCode, params));
        if (proposedSince != null) {
            var sinceDay = LocalDate.ofInstant(proposedSince, zone);
            if (!sinceDay.atStartOfDay(zone).toInstant().equals(proposedSince)) {
                throw new IllegalArgumentException("Changes are counted from the start of a day: " + proposedSince);
            }
            params.addValue("sinceDay", Date.valueOf(sinceDay)).addValue("since", Timestamp.from(proposedSince));
            tallyWhere.append(" and proposed_on >= :sinceDay");
            changeWhere.append(" and c.proposed_at >= :since");
        }

        Map<String, long[]> edges = new HashMap<>();
        jdbc.query("""
                select %1$s as child, count(*) as done_lately from change_request c
                where %2$s and c.finished_at >= :from and c.finished_at < :until
                  and ((c.finished_at >= :fromDayStart and c.finished_at < :fromDayEnd)
                    or (c.finished_at >= :untilDayStart and c.finished_at < :untilDayEnd))
                group by %1$s""".formatted(grouping.changeChild(), changeWhere), params, (RowCallbackHandler)
                row -> edges.put(row.getString("child"), new long[] {row.getLong("done_lately")}));
        return jdbc.query("""
                select %1$s as child, sum(changes) as total,
                    sum(case when done = true then changes else 0 end) as done,
                    sum(case when finished_on > :fromDay and finished_on < :untilDay then changes else 0 end)
                        as done_lately,
                    max(last_finished_at) as last_finished_at
                from change_progress_tally where %2$s
                group by %1$s""".formatted(grouping.tallyChild(), tallyWhere), params, (row, i) -> {
            var child = row.getString("child");
            var last = row.getTimestamp("last_finished_at");
            return new ProgressCount(
                    grouping == Grouping.WHOLE ? regionCode : child,
                    row.getLong("total"),
                    row.getLong("done"),
                    row.getLong("done_lately") + edges.getOrDefault(child, new long[1])[0],
                    last == null ? null : last.toInstant());
        });
    }

    private static String villagesOf(String regionCode, MapSqlParameterSource params) {
        if (RegionLevel.ofCode(regionCode) == RegionLevel.VILLAGE) {
            params.addValue("region", regionCode);
            return "village_code = :region";
        }
        params.addValue("under", regionCode + ".%");
        return "village_code like :under";
    }

    private static String changesOf(String regionCode, MapSqlParameterSource params) {
        if (regionCode == null) {
            return "1 = 1";
        }
        params.addValue("region", regionCode);
        return switch (RegionLevel.ofCode(regionCode)) {
            case PROVINCE -> {
                params.addValue("under", regionCode + ".%");
                yield "c.district_code like :under";
            }
            case DISTRICT -> "c.district_code = :region";
            case SUBDISTRICT -> "c.subdistrict_code = :region";
            case VILLAGE -> {
                params.addValue("parent", RegionCodes.parentOf(regionCode));
                yield "c.subdistrict_code = :parent and c.village_code = :region";
            }
        };
    }

    /** The first whole second at or after a moment. */
    private static Instant wholeSecondFrom(Instant moment) {
        var second = moment.truncatedTo(ChronoUnit.SECONDS);
        return second.equals(moment) ? second : second.plusSeconds(1);
    }

    private Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(clock.getZone()).toInstant());
    }
}
