package id.verivali.report;

import id.verivali.common.tally.VillageTally;
import id.verivali.report.SummaryCounts.Figures;
import id.verivali.report.SummaryCounts.Moves;
import id.verivali.security.RegionScope;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The published figures kept per village (V23), so that a report adds up one row per village instead of counting the
 * registry. A village that changed carries marks ({@link RegistryTallyMarks}); {@link #refresh} counts such villages
 * again from the records, and a report refreshes the villages it covers before it reads, so its figures are exact
 * whatever the background pass has reached.
 */
@Component
class RegistryTallies extends VillageTally {

    private static final int VILLAGE_CODE_LENGTH = "61.12.04.2002".length();

    private final NamedParameterJdbcTemplate jdbc;
    private final SummaryCounts counts;
    private final Clock clock;

    RegistryTallies(
            NamedParameterJdbcTemplate jdbc,
            SummaryCounts counts,
            PlatformTransactionManager transactions,
            Clock clock) {
        super(jdbc, transactions, RegistryTallyMarks.MARKS);
        this.jdbc = jdbc;
        this.counts = counts;
        this.clock = clock;
    }

    /**
     * The figures under a scope by child region (the first {@code childCodeLength} characters of the village code),
     * with the registry at the start of {@code before} and of {@code after}; a child with nothing is absent.
     */
    Map<String, Tally> byChild(RegionScope scope, int childCodeLength, LocalDate before, LocalDate after) {
        var params =
                scopeParameters(scope).addValue("before", Date.valueOf(before)).addValue("after", Date.valueOf(after));
        var child = "substring(village_code, 1, " + childCodeLength + ")";
        Map<String, Tally> tallies = new HashMap<>();
        jdbc.query(
                """
                select %1$s as child, sum(households) as households, sum(members) as members,
                    sum(matched) as matched, sum(not_matched) as not_matched, sum(unchecked) as unchecked,
                    sum(died) as died, sum(proposed_for_deletion) as proposed_for_deletion,
                    sum(without_ektp) as without_ektp
                from registry_tally where %2$s group by %1$s""".formatted(child, villageIn(scope)),
                params,
                (row, i) -> tallies.merge(
                        row.getString("child"),
                        Tally.of(new Figures(
                                row.getLong("households"),
                                row.getLong("members"),
                                row.getLong("matched"),
                                row.getLong("not_matched"),
                                row.getLong("unchecked"),
                                row.getLong("died"),
                                row.getLong("proposed_for_deletion"),
                                row.getLong("without_ektp"))),
                        Tally::plus));
        jdbc.query(
                """
                select %1$s as child,
                    sum(case when moved_on < :before then households_in - households_out else 0 end) as households_before,
                    sum(households_in - households_out) as households_after,
                    sum(case when moved_on < :before then members_in - members_out else 0 end) as members_before,
                    sum(members_in - members_out) as members_after
                from registry_tally_day where %2$s and moved_on < :after group by %1$s""".formatted(child, villageIn(scope)),
                params,
                (row, i) -> tallies.merge(
                        row.getString("child"),
                        Tally.ofPeriod(
                                row.getLong("households_before"),
                                row.getLong("households_after"),
                                row.getLong("members_before"),
                                row.getLong("members_after")),
                        Tally::plus));
        return tallies;
    }

    @Override
    protected void recount(List<String> villages) {
        var figures = counts.figures(villages);
        var moves = counts.moves(villages, clock.getZone());
        var countedAt = Timestamp.from(clock.instant());
        var byVillage = new MapSqlParameterSource("villages", villages);
        jdbc.update("delete from registry_tally where village_code in (:villages)", byVillage);
        jdbc.update("delete from registry_tally_day where village_code in (:villages)", byVillage);
        jdbc.batchUpdate(
                """
                insert into registry_tally (village_code, households, members, matched, not_matched, unchecked, died,
                    proposed_for_deletion, without_ektp, counted_at)
                values (:village, :households, :members, :matched, :notMatched, :unchecked, :died,
                    :proposedForDeletion, :withoutEktp, :countedAt)""",
                figures.entrySet().stream()
                        .map(entry -> tallyRow(entry.getKey(), entry.getValue(), countedAt))
                        .toArray(SqlParameterSource[]::new));
        var days = new ArrayList<SqlParameterSource>();
        moves.forEach((village, byDay) -> byDay.forEach((day, moved) -> days.add(dayRow(village, day, moved))));
        jdbc.batchUpdate("""
                insert into registry_tally_day (village_code, moved_on, households_in, households_out, members_in,
                    members_out)
                values (:village, :day, :householdsIn, :householdsOut, :membersIn, :membersOut)""", days.toArray(SqlParameterSource[]::new));
    }

    private static SqlParameterSource tallyRow(String village, Figures figures, Timestamp countedAt) {
        return new MapSqlParameterSource()
                .addValue("village", village)
                .addValue("households", figures.households())
                .addValue("members", figures.members())
                .addValue("matched", figures.matched())
                .addValue("notMatched", figures.notMatched())
                .addValue("unchecked", figures.unchecked())
                .addValue("died", figures.died())
                .addValue("proposedForDeletion", figures.proposedForDeletion())
                .addValue("withoutEktp", figures.withoutEktp())
                .addValue("countedAt", countedAt);
    }

    private static SqlParameterSource dayRow(String village, LocalDate day, Moves moved) {
        return new MapSqlParameterSource()
                .addValue("village", village)
                .addValue("day", Date.valueOf(day))
                .addValue("householdsIn", moved.householdsIn())
                .addValue("householdsOut", moved.householdsOut())
                .addValue("membersIn", moved.membersIn())
                .addValue("membersOut", moved.membersOut());
    }

    private static MapSqlParameterSource scopeParameters(RegionScope scope) {
        var params = new MapSqlParameterSource();
        scope.regionCode().ifPresent(code -> params.addValue("region", code));
        scope.descendantsPattern().ifPresent(pattern -> params.addValue("under", pattern));
        return params;
    }

    /** The villages of a scope: the whole country, one range of the village code, or one village. */
    private static String villageIn(RegionScope scope) {
        if (scope.isNational()) {
            return "1 = 1";
        }
        return scope.regionCode().orElseThrow().length() == VILLAGE_CODE_LENGTH
                ? "village_code = :region"
                : "village_code like :under";
    }

    /** A child region's figures now and its registry before and after a period. */
    record Tally(Figures figures, long householdsBefore, long householdsAfter, long membersBefore, long membersAfter) {

        static final Tally ZERO = new Tally(Figures.ZERO, 0, 0, 0, 0);

        static Tally of(Figures figures) {
            return new Tally(figures, 0, 0, 0, 0);
        }

        static Tally ofPeriod(long householdsBefore, long householdsAfter, long membersBefore, long membersAfter) {
            return new Tally(Figures.ZERO, householdsBefore, householdsAfter, membersBefore, membersAfter);
        }

        Tally plus(Tally other) {
            return new Tally(
                    figures.plus(other.figures),
                    householdsBefore + other.householdsBefore,
                    householdsAfter + other.householdsAfter,
                    membersBefore + other.membersBefore,
                    membersAfter + other.membersAfter);
        }
    }
}
