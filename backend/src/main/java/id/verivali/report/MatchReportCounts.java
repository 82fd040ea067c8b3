package id.verivali.report;

import id.verivali.changerequest.ChangeStatus;
import id.verivali.changerequest.ChangeType;
import id.verivali.household.CivilRegistryStatus;
import id.verivali.household.RecordStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts a round's match by village in three grouped statements over the round's households (V15's index by round and
 * region): their members with the population register's e-KTP flag, the civil registry's answers to their changes
 * (V16), and the removals in progress among them.
 */
@Component
class MatchReportCounts {

    private final NamedParameterJdbcTemplate jdbc;

    MatchReportCounts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The round's figures by village code; villages the round has not reached are absent. */
    Map<String, MatchReportView.Figures> byVillage(long roundId) {
        var params = new MapSqlParameterSource()
                .addValue("round", roundId)
                .addValue("active", RecordStatus.ACTIVE.name())
                .addValue("matched", CivilRegistryStatus.MATCHED.name())
                .addValue(
                        "notMatched",
                        List.of(CivilRegistryStatus.NOT_MATCHED.name(), CivilRegistryStatus.NIK_UNKNOWN.name()))
                .addValue("nikUnknown", CivilRegistryStatus.NIK_UNKNOWN.name())
                .addValue("died", CivilRegistryStatus.DECEASED.name())
                .addValue("inProgress", ChangeStatus.IN_PROGRESS.name())
                .addValue("removeHousehold", ChangeType.REMOVE_HOUSEHOLD.name())
                .addValue("removals", List.of(ChangeType.REMOVE_HOUSEHOLD.name(), ChangeType.REMOVE_MEMBER.name()));
        Map<String, Tally> tallies = new HashMap<>();
        jdbc.query(
                """
                select rh.village_code as village, count(distinct rh.household_id) as households, count(m.id) as members,
                    sum(case when p.has_ektp = false then 1 else 0 end) as without_ektp
                from verification_round_household rh
                left join household_member m on m.household_id = rh.household_id and m.status = :active
                left join population p on p.nik = m.nik
                where rh.round_id = :round
                group by rh.village_code""",
                params,
                (row, i) -> tally(tallies, row.getString("village"))
                        .members(row.getLong("households"), row.getLong("members"), row.getLong("without_ektp")));
        jdbc.query(
                """
                select rh.village_code as village,
                    sum(case when a.status = :matched then 1 else 0 end) as matched,
                    sum(case when a.status in (:notMatched) then 1 else 0 end) as not_matched,
                    sum(case when a.status = :nikUnknown then 1 else 0 end) as nik_unknown,
                    sum(case when a.status = :died then 1 else 0 end) as died
                from verification_round_household rh
                join change_request_match a on a.change_request_id = rh.change_request_id
                where rh.round_id = :round
                group by rh.village_code""",
                params,
                (row, i) -> tally(tallies, row.getString("village"))
                        .answers(
                                row.getLong("matched"),
                                row.getLong("not_matched"),
                                row.getLong("nik_unknown"),
                                row.getLong("died")));
        // A member under both a household's removal and their own is one person proposed for deletion.
        jdbc.query(
                """
                select rh.village_code as village, count(distinct m.id) as proposed
                from verification_round_household rh
                join change_request c on c.household_id = rh.household_id
                join household_member m on m.household_id = rh.household_id
                where rh.round_id = :round and c.status = :inProgress and c.change_type in (:removals)
                  and m.status = :active and (c.change_type = :removeHousehold or m.id = c.member_id)
                group by rh.village_code""",
                params,
                (row, i) -> tally(tallies, row.getString("village")).proposedForDeletion = row.getLong("proposed"));
        Map<String, MatchReportView.Figures> figures = new HashMap<>();
        tallies.forEach((village, tally) -> figures.put(village, tally.figures()));
        return figures;
    }

    private static Tally tally(Map<String, Tally> tallies, String village) {
        return tallies.computeIfAbsent(village, v -> new Tally());
    }

    /** One village's counts as the statements bring them in. */
    private static final class Tally {
        long households;
        long members;
        long withoutEktp;
        long matched;
        long notMatched;
        long nikUnknown;
        long died;
        long proposedForDeletion;

        Tally members(long households, long members, long withoutEktp) {
            this.households = households;
            this.members = members;
            this.withoutEktp = withoutEktp;
            return this;
        }

        Tally answers(long matched, long notMatched, long nikUnknown, long died) {
            this.matched = matched;
            this.notMatched = notMatched;
            this.nikUnknown = nikUnknown;
            this.died = died;
            return this;
        }

        MatchReportView.Figures figures() {
            long answered = matched + notMatched + died;
            return new MatchReportView.Figures(
                    households,
                    members,
                    matched,
                    notMatched,
                    nikUnknown,
                    died,
                    Math.max(0, members - answered),
                    proposedForDeletion,
                    withoutEktp);
        }
    }
}
