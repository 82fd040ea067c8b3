package id.verivali.civilregistry;

import static org.assertj.core.api.Assertions.assertThat;

import id.verivali.household.CivilRegistryStatus;
import id.verivali.household.NikValidator;
import id.verivali.household.PersonToMatch;
import id.verivali.support.IntegrationTest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The civil registry as the demo's population table records it. The people come from the tables: a genuine member is
 * on the table as on the registry, a dead one is listed as such, one in sixteen genuine members is registered under
 * another form of the name, and the members of households nobody can find are not on the table at all.
 */
@IntegrationTest
class PopulationTableCivilRegistryIT {

    @Autowired
    CivilRegistry civilRegistry;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NikValidator niks;

    @Test
    void a_genuine_member_matches_by_nik_name_and_birth_date() {
        var member = member("p.status = 'ALIVE' and p.name = m.name and p.birth_date = m.birth_date");

        assertThat(civilRegistry.match(member)).isEqualTo(CivilRegistryStatus.MATCHED);
    }

    @Test
    void the_civil_registry_does_not_tell_who_moved_away_the_field_check_does() {
        var moved = member("p.status = 'MOVED_OUT' and p.name = m.name");

        assertThat(civilRegistry.match(moved)).isEqualTo(CivilRegistryStatus.MATCHED);
    }

    @Test
    void a_person_the_population_table_lists_as_dead_is_deceased() {
        var dead = member("p.status = 'DECEASED' and p.name = m.name");

        assertThat(civilRegistry.match(dead)).isEqualTo(CivilRegistryStatus.DECEASED);
    }

    @Test
    void a_registered_nik_under_another_name_or_birth_date_does_not_match() {
        var underAnotherName = member("p.status = 'ALIVE' and p.name <> m.name");
        assertThat(civilRegistry.match(underAnotherName)).isEqualTo(CivilRegistryStatus.NOT_MATCHED);

        var genuine = member("p.status = 'ALIVE' and p.name = m.name");
        var bornADayLater = new PersonToMatch(
                genuine.nik(), genuine.name(), genuine.birthDate().plusDays(1));
        assertThat(civilRegistry.match(bornADayLater)).isEqualTo(CivilRegistryStatus.NOT_MATCHED);
    }

    @Test
    void case_accents_and_extra_spaces_in_the_name_still_match() {
        var genuine = member("p.status = 'ALIVE' and p.name = m.name and p.name like '% %' and p.name like '%a%'");
        var typedLoosely =
                "  " + genuine.name().toLowerCase(Locale.ROOT).replace("a", "á").replace(" ", "   ") + " ";

        assertThat(typedLoosely).isNotEqualToIgnoringCase(genuine.name());
        assertThat(civilRegistry.match(new PersonToMatch(genuine.nik(), typedLoosely, genuine.birthDate())))
                .isEqualTo(CivilRegistryStatus.MATCHED);
    }

    @Test
    void a_well_formed_nik_the_population_table_does_not_hold_is_unknown() {
        var nobodyKnows = jdbc.queryForObject("""
                select nik, name, birth_date from household_member
                where id = (select min(m.id) from household_member m
                            where not exists (select 1 from population p where p.nik = m.nik))""", PopulationTableCivilRegistryIT::person);

        assertThat(niks.check(nobodyKnows.nik())).isEmpty();
        assertThat(civilRegistry.match(nobodyKnows)).isEqualTo(CivilRegistryStatus.NIK_UNKNOWN);
    }

    @Test
    void a_households_people_are_matched_together_each_as_alone() {
        var genuine = member("p.status = 'ALIVE' and p.name = m.name and p.birth_date = m.birth_date");
        var dead = member("p.status = 'DECEASED' and p.name = m.name");
        var underAnotherName = member("p.status = 'ALIVE' and p.name <> m.name");
        var nobodyKnows = jdbc.queryForObject("""
                select nik, name, birth_date from household_member
                where id = (select min(m.id) from household_member m
                            where not exists (select 1 from population p where p.nik = m.nik))""", PopulationTableCivilRegistryIT::person);

        var matches = civilRegistry.matchAll(List.of(dead, nobodyKnows, genuine, underAnotherName));

        assertThat(matches)
                .containsExactly(
                        Map.entry(dead.nik(), CivilRegistryStatus.DECEASED),
                        Map.entry(nobodyKnows.nik(), CivilRegistryStatus.NIK_UNKNOWN),
                        Map.entry(genuine.nik(), CivilRegistryStatus.MATCHED),
                        Map.entry(underAnotherName.nik(), CivilRegistryStatus.NOT_MATCHED));
        assertThat(civilRegistry.matchAll(List.of())).isEmpty();
    }

    /** A member of the registry as the registry has them, whose NIK is on the population table as {@code p}. */
    private PersonToMatch member(String condition) {
        return jdbc.queryForObject("""
                select nik, name, birth_date from household_member
                where id = (select min(m.id) from household_member m join population p on p.nik = m.nik
                            where %s)""".formatted(condition), PopulationTableCivilRegistryIT::person);
    }

    private static PersonToMatch person(ResultSet rs, int row) throws SQLException {
        return new PersonToMatch(
                rs.getString("nik"),
                rs.getString("name"),
                rs.getDate("birth_date").toLocalDate());
    }
}
