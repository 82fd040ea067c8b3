package id.verivali.report;

import id.verivali.changerequest.ChangeStatus;
import id.verivali.changerequest.ChangeType;
import id.verivali.household.CivilRegistryStatus;
import id.verivali.household.RecordStatus;
import id.verivali.household.RemovalReason;
import id.verivali.security.RegionScope;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts the registry of a region by child region in three grouped statements: over households, over their members
 * (with the civil registry's e-KTP flag), and over the removals in progress. A child region is a prefix of the village
 * code (61.12.04 of 61.12.04.2002), so each statement reads one range of V13's report indexes and only the counts come
 * back. The published figures span the registry, the civil registry's reference table and the open changes; counting
 * them through each feature's service would load into memory what SQL counts in place.
 */
@Component
class SummaryCounts {

    private static final int VILLAGE_CODE_LENGTH = "61.12.04.2002".length();
    private static final String IN_REGISTRY_AT_START = inRegistryAt("start");
    private static final String IN_REGISTRY_AT_END = inRegistryAt("end");

    private final NamedParameterJdbcTemplate jdbc;

    SummaryCounts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The counts under a region, by the first {@code childCodeLength} characters of the village code; a child region
     * with nothing under it is absent. {@code start} and {@code end} are the moments "before" and "after" count.
     */
    Map<String, Tally> byChild(RegionScope scope, int childCodeLength, Instant start, Instant end) {
        var params = parameters(scope, start, end);
        String child = "substring(h.village_code, 1, " + childCodeLength + ")";
        Map<String, Tally> tallies = new HashMap<>();
        countHouseholds(scope, child, params, tallies);
        countMembers(scope, child, params, tallies);
        countProposedForDeletion(scope, child, params, tallies);
        return tallies;
    }

    private static MapSqlParameterSource parameters(RegionScope scope, Instant start, Instant end) {
        var params = new MapSqlParameterSource()
                .addValue("active", RecordStatus.ACTIVE.name())
                .addValue("removed", RecordStatus.REMOVED.name())
                .addValue("matched", CivilRegistryStatus.MATCHED.name())
                .addValue(
                        "notMatched",
                        List.of(CivilRegistryStatus.NOT_MATCHED.name(), CivilRegistryStatus.NIK_UNKNOWN.name()))
                .addValue("unchecked", CivilRegistryStatus.UNCHECKED.name())
                .addValue("deadInCivilRegistry", CivilRegistryStatus.DECEASED.name())
                .addValue("removedAsDead", RemovalReason.DECEASED.name())
                .addValue("inProgress", ChangeStatus.IN_PROGRESS.name())
                .addValue("removeHousehold", ChangeType.REMOVE_HOUSEHOLD.name())
                .addValue("removals", List.of(ChangeType.REMOVE_HOUSEHOLD.name(), ChangeType.REMOVE_MEMBER.name()))
                // As every writer of these columns binds them: java.sql.Timestamp in the JVM's zone.
                .addValue("start", Timestamp.from(start))
                .addValue("end", Timestamp.from(end));
        scope.regionCode().ifPresent(code -> params.addValue("region", code));
        scope.descendantsPattern().ifPresent(pattern -> params.addValue("under", pattern));
        return params;
    }

    private void countHouseholds(
            RegionScope scope, String child, MapSqlParameterSource params, Map<String, Tally> tallies) {
        jdbc.query(
                """
                select %1$s as child,
                    sum(case when h.status = :active then 1 else 0 end) as households,
                    sum(case when %2$s then 1 else 0 end) as households_before,
                    sum(case when %3$s then 1 else 0 end) as households_after
                from household h
                where %4$s
                group by %1$s""".formatted(
                                child,
                                IN_REGISTRY_AT_START.formatted("h"),
                                IN_REGISTRY_AT_END.formatted("h"),
                                villageIn(scope, "h")),
                params,
                (row, i) -> tallies.merge(
                        row.getString("child"),
                        Tally.ofHouseholds(
                                row.getLong("households"),
                                row.getLong("households_before"),
                                row.getLong("households_after")),
                        Tally::plus));
    }

    private void countMembers(
            RegionScope scope, String child, MapSqlParameterSource params, Map<String, Tally> tallies) {
        jdbc.query(
                """
                select %1$s as child,
                    sum(case when %2$s then 1 else 0 end) as members,
                    sum(case when %2$s and m.civil_registry_status = :matched then 1 else 0 end) as matched,
                    sum(case when %2$s and m.civil_registry_status in (:notMatched) then 1 else 0 end) as not_matched,
                    sum(case when %2$s and m.civil_registry_status = :unchecked then 1 else 0 end) as unchecked,
                    sum(case when m.civil_registry_status = :deadInCivilRegistry
                                  or (m.status = :removed and m.removal_reason = :removedAsDead)
                                  or (m.status = :active and h.status = :removed and h.removal_reason = :removedAsDead)
                             then 1 else 0 end) as died,
                    sum(case when %2$s and p.has_ektp = false then 1 else 0 end) as without_ektp,
                    sum(case when %3$s and %4$s then 1 else 0 end) as members_before,
                    sum(case when %5$s and %6$s then 1 else 0 end) as members_after
                from household h
                join household_member m on m.household_id = h.id
                left join population p on p.nik = m.nik
                where %7$s
                group by %1$s""".formatted(
                                child,
                                "(h.status = :active and m.status = :active)",
                                IN_REGISTRY_AT_START.formatted("h"),
                                IN_REGISTRY_AT_START.formatted("m"),
                                IN_REGISTRY_AT_END.formatted("h"),
                                IN_REGISTRY_AT_END.formatted("m"),
                                villageIn(scope, "h")),
                params,
                (row, i) -> tallies.merge(
                        row.getString("child"),
                        Tally.ofMembers(
                                row.getLong("members"),
                                row.getLong("matched"),
                                row.getLong("not_matched"),
                                row.getLong("unchecked"),
                                row.getLong("died"),
                                row.getLong("without_ektp"),
                                row.getLong("members_before"),
                                row.getLong("members_after")),
                        Tally::plus));
    }

    /** A member under both a household's removal and their own is one person proposed for deletion. */
    private void countProposedForDeletion(
            RegionScope scope, String child, MapSqlParameterSource params, Map<String, Tally> tallies) {
        jdbc.query(
                """
                select %1$s as child, count(distinct m.id) as proposed
                from change_request c
                join household h on h.id = c.household_id
                join household_member m on m.household_id = h.id
                where c.status = :inProgress and c.change_type in (:removals) and %2$s
                  and h.status = :active and m.status = :active
                  and (c.change_type = :removeHousehold or m.id = c.member_id)
                group by %1$s""".formatted(child, villageIn(scope, "c")),
                params,
                (row, i) -> tallies.merge(
                        row.getString("child"), Tally.ofProposedForDeletion(row.getLong("proposed")), Tally::plus));
    }

    /**
     * On the registry at a moment: entered before it and not yet gone. A moment is the start of a day, so a record
     * removed during the day before it is gone, and one removed at the moment itself was still there.
     */
    private static String inRegistryAt(String moment) {
        return "(%1$s.created_at < :" + moment + " and (%1$s.removed_at is null or %1$s.removed_at >= :" + moment
                + "))";
    }

    /** Villages of the scope: one range of the village code, or one village. */
    private static String villageIn(RegionScope scope, String alias) {
        if (scope.isNational()) {
            return "1 = 1";
        }
        return scope.regionCode().orElseThrow().length() == VILLAGE_CODE_LENGTH
                ? alias + ".village_code = :region"
                : alias + ".village_code like :under";
    }

    /** A child region's counts; see {@link SummaryView.Figures} for what each one counts. */
    record Tally(
            long households,
            long members,
            long matched,
            long notMatched,
            long unchecked,
            long died,
            long proposedForDeletion,
            long withoutEktp,
            long householdsBefore,
            long householdsAfter,
            long membersBefore,
            long membersAfter) {

        static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        Tally plus(Tally other) {
            return new Tally(
                    households + other.households,
                    members + other.members,
                    matched + other.matched,
                    notMatched + other.notMatched,
                    unchecked + other.unchecked,
                    died + other.died,
                    proposedForDeletion + other.proposedForDeletion,
                    withoutEktp + other.withoutEktp,
                    householdsBefore + other.householdsBefore,
                    householdsAfter + other.householdsAfter,
                    membersBefore + other.membersBefore,
                    membersAfter + other.membersAfter);
        }

        static Tally ofHouseholds(long households, long before, long after) {
            return new Tally(households, 0, 0, 0, 0, 0, 0, 0, before, after, 0, 0);
        }

        static Tally ofMembers(
                long members,
                long matched,
                long notMatched,
                long unchecked,
                long died,
                long withoutEktp,
                long before,
                long after) {
            return new Tally(0, members, matched, notMatched, unchecked, died, 0, withoutEktp, 0, 0, before, after);
        }

        static Tally ofProposedForDeletion(long members) {
            return new Tally(0, 0, 0, 0, 0, 0, members, 0, 0, 0, 0, 0);
        }
    }
}
