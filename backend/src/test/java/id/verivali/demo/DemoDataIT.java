package id.verivali.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.verivali.household.NikValidator;
import id.verivali.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class DemoDataIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoData demoData;

    @Autowired
    NikValidator niks;

    @Autowired
    DemoChanges demoChanges;

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void every_village_of_kubu_raya_has_households() {
        assertThat(count("""
                        select count(*) from region v where v.parent_code like '61.12.%'
                        and not exists (select 1 from household h where h.village_code = v.code)""")).isZero();
        assertThat(count("select count(*) from household")).isBetween(2_500L, 5_000L);
    }

    @Test
    void about_a_third_of_the_households_are_ghost_data_by_the_civil_registry() {
        // Counted from the tables alone: a household is a ghost when its head is dead, moved away or unknown to the
        // civil registry, or when its family card appears on the registry more than once (each copy after the first).
        long households = count("select count(*) from household");
        long deadMovedOrUnknown = count("""
                select count(*) from household h
                join household_member m on m.household_id = h.id and m.relationship = 'HEAD'
                left join population p on p.nik = m.nik
                where p.nik is null or p.status in ('DECEASED', 'MOVED_OUT')""");
        long extraCopies = count("select count(*) - count(distinct kk_number) from household");
        double share = (double) (deadMovedOrUnknown + extraCopies) / households;
        assertThat(share).isBetween(0.28, 0.38);
    }

    @Test
    void every_member_nik_is_valid_and_the_population_table_covers_the_genuine_ones() {
        var niksOnRegistry = jdbc.queryForList("select distinct nik from household_member", String.class);
        assertThat(niksOnRegistry)
                .allSatisfy(nik -> assertThat(niks.check(nik)).as(nik).isEmpty());
        assertThat(count("select count(*) from population")).isGreaterThan(niksOnRegistry.size() / 2);
        assertThat(count("select count(*) from population where status = 'ALIVE' and has_ektp = false"))
                .isPositive();
    }

    /** The demo's own accounts, by their names: other suites add accounts of their own in the same regions. */
    @Test
    void there_is_an_account_for_every_role_of_the_demo() {
        assertThat(count("select count(*) from app_user where role = 'VILLAGE_OPERATOR' and region_code like '61.12.%'"
                        + " and username like 'op-61%'"))
                .isEqualTo(123);
        assertThat(count("select count(*) from app_user where role = 'VILLAGE_HEAD' and region_code like '61.12.%'"
                        + " and username like 'kades-61%'"))
                .isEqualTo(123);
        assertThat(count("select count(*) from app_user where role = 'SUBDISTRICT_HEAD' and region_code like '61.12.%'"
                        + " and username like 'camat-61%'"))
                .isEqualTo(9);
        assertThat(count(
                        "select count(*) from app_user where role = 'SUBDISTRICT_OPERATOR' and region_code like '61.12.%'"
                                + " and username like 'tksk-61%'"))
                .isEqualTo(9);
        assertThat(count("select count(*) from app_user where username in ('admin', 'pusdatin', 'supervisor-6112',"
                        + " 'auditor-6112', 'dinsos-6112', 'kadinsos-6112')"))
                .isEqualTo(6);
    }

    @Test
    void a_second_start_adds_nothing() throws Exception {
        long households = count("select count(*) from household");
        long users = count("select count(*) from app_user");
        long residents = count("select count(*) from population");
        demoData.run(null);
        assertThat(count("select count(*) from household")).isEqualTo(households);
        assertThat(count("select count(*) from app_user")).isEqualTo(users);
        assertThat(count("select count(*) from population")).isEqualTo(residents);
    }

    @Test
    void the_demo_puts_re_verifications_proposed_by_each_village_operator_on_their_way() {
        // A kecamatan where no other suite proposes anything.
        String subdistrict = "61.12.03";
        long villages = count("select count(*) from region where parent_code = ?", subdistrict);
        long before = count("select count(*) from change_request where subdistrict_code = ?", subdistrict);

        int proposed = demoChanges.proposeIn(subdistrict, 2);

        assertThat(proposed).isEqualTo(2 * villages);
        assertThat(count("select count(*) from change_request where subdistrict_code = ?", subdistrict))
                .isEqualTo(before + proposed);
        assertThat(count("""
                        select count(*) from change_request c
                        where c.subdistrict_code = ? and c.change_type = 'REVERIFY' and c.stage = 'CHECKS'
                          and c.proposed_by = concat('op-', replace(c.village_code, '.', ''))""", subdistrict)).isEqualTo(before + proposed);
    }
}
