package id.verivali.report;

import id.verivali.changerequest.ChangeStatus;
import id.verivali.changerequest.ChangeType;
import id.verivali.household.CivilRegistryStatus;
import id.verivali.household.RecordStatus;
import id.verivali.household.RemovalReason;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts the registry of some villages from the records themselves, village by village: the figures in three grouped
 * statements (over households, over their members with the civil registry's e-KTP flag, and over the removals in
 * progress), and the days households and members entered and left. {@link RegistryTallies} keeps the results per
 * village and counts a village again after it changed; the published figures span the registry, the civil registry's
 * reference table and the open changes, so counting them through each feature's service would load into memory what
 * SQL counts in place.
 */
@Component
class SummaryCounts {

    private final NamedParameterJdbcTemplate jdbc;

    SummaryCounts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of each village given that has anything on the registry; the others are absent. */
    Map<String, Figures> figures(Collection<String> villages) {
        var params = parameters(villages);
        Map<String, Figures> figures = new HashMap<>();
        countHouseholds(params, figures);
        countMembers(params, figures);
        countProposedForDeletion(params, figures);
        return figures;
    }

    /**
     * Per village and day in {@code zone}, how many households and members entered the registry and how many left it.
     * A member is on the registry while both it and its household are, so it enters on the later of the two entries
     * and leaves on the earlier of the two departures.
     */
    Map<String, Map<LocalDate, Moves>> moves(Collection<String> villages, ZoneId zone) {
        var params = parameters(villages);
        Map<String, Map<LocalDate, Moves>> moves = new HashMap<>();
        jdbc.query(
                "select h.village_code, h.created_at, h.removed_at from household h where h.village_code in (:villages)",
                params,
                row -> {
                    var byDay = moves.computeIfAbsent(row.getString(1), village -> new TreeMap<>());
                    record(byDay, instant(row, 2), instant(row, 3), zone, true);
                });
        jdbc.query("""
                select h.village_code, h.created_at, h.removed_at, m.created_at, m.removed_at
                from household h join household_member m on m.household_id = h.id
                where h.village_code in (:villages)""", params, row -> {
            var byDay = moves.computeIfAbsent(row.getString(1), village -> new TreeMap<>());
            record(
                    byDay,
                    later(instant(row, 2), instant(row, 4)),
                    earlier(instant(row, 3), instant(row, 5)),
                    zone,
                    false);
        });
        return moves;
    }

    /**
     * A record on the registry from {@code entered} until {@code left} (null: still on it). One that left before it
     * entered was never on it at the start of any day, and counts neither way.
     */
    private static void record(
            Map<LocalDate, Moves> byDay, Instant entered, Instant left, ZoneId zone, boolean household) {
        if (left != null && left.isBefore(entered)) {
            return;
        }
        byDay.merge(LocalDate.ofInstant(entered, zone), household ? Moves.HOUSEHOLD_IN : Moves.MEMBER_IN, Moves::plus);
        if (left != null) {
            byDay.merge(
                    LocalDate.ofInstant(left, zone), household ? Moves.HOUSEHOLD_OUT : Moves.MEMBER_OUT, Moves::plus);
        }
    }

    private static MapSqlParameterSource parameters(Collection<String> villages) {
        return new MapSqlParameterSource()
                .addValue("villages", villages)
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
                .addValue("removals", List.of(ChangeType.REMOVE_HOUSEHOLD.name(), ChangeType.REMOVE_MEMBER.name()));
    }

    private void countHouseholds(MapSqlParameterSource params, Map<String, Figures> figures) {
        jdbc.query(
                """
                select h.village_code, count(*) as households from household h
                where h.village_code in (:villages) and h.status = :active
                group by h.village_code""",
                params,
                (row, i) -> figures.merge(
                        row.getString("village_code"), Figures.ofHouseholds(row.getLong("households")), Figures::plus));
    }

    private void countMembers(MapSqlParameterSource params, Map<String, Figures> figures) {
        jdbc.query(
                """
                select h.village_code,
                    sum(case when %1$s then 1 else 0 end) as members,
                    sum(case when %1$s and m.civil_registry_status = :matched then 1 else 0 end) as matched,
                    sum(case when %1$s and m.civil_registry_status in (:notMatched) then 1 else 0 end) as not_matched,
                    sum(case when %1$s and m.civil_registry_status = :unchecked then 1 else 0 end) as unchecked,
                    sum(case when m.civil_registry_status = :deadInCivilRegistry
                                  or (m.status = :removed and m.removal_reason = :removedAsDead)
                                  or (m.status = :active and h.status = :removed and h.removal_reason = :removedAsDead)
                             then 1 else 0 end) as died,
                    sum(case when %1$s and p.has_ektp = false then 1 else 0 end) as without_ektp
                from household h
                join household_member m on m.household_id = h.id
                left join population p on p.nik = m.nik
                where h.village_code in (:villages)
                group by h.village_code""".formatted("(h.status = :active and m.status = :active)"),
                params,
                (row, i) -> figures.merge(
                        row.getString("village_code"),
                        Figures.ofMembers(
                                row.getLong("members"),
                                row.getLong("matched"),
                                row.getLong("not_matched"),
                                row.getLong("unchecked"),
                                row.getLong("died"),
                                row.getLong("without_ektp")),
                        Figures::plus));
    }

    /** A member under both a household's removal and their own is one person proposed for deletion. */
    private void countProposedForDeletion(MapSqlParameterSource params, Map<String, Figures> figures) {
        jdbc.query(
                """
                select c.village_code, count(distinct m.id) as proposed
                from change_request c
                join household h on h.id = c.household_id
                join household_member m on m.household_id = h.id
                where c.village_code in (:villages) and c.status = :inProgress and c.change_type in (:removals)
                  and h.status = :active and m.status = :active
                  and (c.change_type = :removeHousehold or m.id = c.member_id)
                group by c.village_code""",
                params,
                (row, i) -> figures.merge(
                        row.getString("village_code"),
                        Figures.ofProposedForDeletion(row.getLong("proposed")),
                        Figures::plus));
    }

    /** As every writer of these columns binds them: java.sql.Timestamp in the JVM's zone. */
    private static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** The earlier of two departures, null meaning "not yet". */
    private static Instant earlier(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    /** A region's figures now; see {@link SummaryView.Figures} for what each one counts. */
    record Figures(
            long households,
            long members,
            long matched,
            long notMatched,
            long unchecked,
            long died,
            long proposedForDeletion,
            long withoutEktp) {

        static final Figures ZERO = new Figures(0, 0, 0, 0, 0, 0, 0, 0);

        Figures plus(Figures other) {
            return new Figures(
                    households + other.households,
                    members + other.members,
                    matched + other.matched,
                    notMatched + other.notMatched,
                    unchecked + other.unchecked,
                    died + other.died,
                    proposedForDeletion + other.proposedForDeletion,
                    withoutEktp + other.withoutEktp);
        }

        static Figures ofHouseholds(long households) {
            return new Figures(households, 0, 0, 0, 0, 0, 0, 0);
        }

        static Figures ofMembers(
                long members, long matched, long notMatched, long unchecked, long died, long withoutEktp) {
            return new Figures(0, members, matched, notMatched, unchecked, died, 0, withoutEktp);
        }

        static Figures ofProposedForDeletion(long members) {
            return new Figures(0, 0, 0, 0, 0, 0, members, 0);
        }
    }

    /** Households and members that entered and left the registry on one day. */
    record Moves(long householdsIn, long householdsOut, long membersIn, long membersOut) {

        static final Moves HOUSEHOLD_IN = new Moves(1, 0, 0, 0);
        static final Moves HOUSEHOLD_OUT = new Moves(0, 1, 0, 0);
        static final Moves MEMBER_IN = new Moves(0, 0, 1, 0);
        static final Moves MEMBER_OUT = new Moves(0, 0, 0, 1);

        Moves plus(Moves other) {
            return new Moves(
                    householdsIn + other.householdsIn,
                    householdsOut + other.householdsOut,
                    membersIn + other.membersIn,
                    membersOut + other.membersOut);
        }
    }
}
