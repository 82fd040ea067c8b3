package id.verivali.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NikTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Set<String> SUBDISTRICTS = Set.of("61.12.04", "61.71.01");

    private static java.util.List<Nik.Rule> check(String nik) {
        return Nik.check(nik, SUBDISTRICTS::contains, TODAY);
    }

    @Test
    void a_mans_nik_from_terentang_is_valid() {
        assertThat(check("6112041304570003")).isEmpty();
        assertThat(Nik.sex("6112041304570003")).isEqualTo(Sex.MALE);
        assertThat(Nik.birthDate("6112041304570003", TODAY)).contains(LocalDate.of(1957, 4, 13));
    }

    @Test
    void a_womans_birth_day_carries_forty_more() {
        assertThat(check("6112046205900001")).isEmpty();
        assertThat(Nik.sex("6112046205900001")).isEqualTo(Sex.FEMALE);
        assertThat(Nik.birthDate("6112046205900001", TODAY)).contains(LocalDate.of(1990, 5, 22));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "611204130457000", "61120413045700031", "61120413045700A3", "6112-04130457000"})
    void anything_but_sixteen_digits_breaks_only_the_format_rule(String nik) {
        assertThat(check(nik)).containsExactly(Nik.Rule.FORMAT);
    }

    @Test
    void null_breaks_the_format_rule() {
        assertThat(check(null)).containsExactly(Nik.Rule.FORMAT);
    }

    @Test
    void the_first_six_digits_must_be_a_real_kecamatan() {
        assertThat(check("6112991304570003")).containsExactly(Nik.Rule.SUBDISTRICT);
        assertThat(Nik.subdistrictCode("6171011304570003")).isEqualTo("61.71.01");
        assertThat(check("6171011304570003")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "6112040004570003", // day 0
                "6112043204570003", // day 32
                "6112044004570003", // day 40: neither a man's nor a woman's day
                "6112047204570003", // day 72 = 32 + 40
                "6112041300570003", // month 0
                "6112041313570003", // month 13
                "6112043102570003", // 31 February
                "6112042902010003" // 29 February 2001 (and 1901)
            })
    void digits_seven_to_twelve_must_be_a_real_birth_date(String nik) {
        assertThat(check(nik)).containsExactly(Nik.Rule.BIRTH_DATE);
    }

    @Test
    void a_leap_day_is_a_birth_date_in_a_leap_year() {
        assertThat(check("6112042902000003")).isEmpty(); // 29 February 2000
        assertThat(check("6112046902960003")).isEmpty(); // a woman born 29 February 1996
    }

    @Test
    void a_two_digit_year_is_the_latest_that_is_not_in_the_future() {
        assertThat(Nik.birthDate("6112040101260003", TODAY)).contains(LocalDate.of(2026, 1, 1));
        assertThat(Nik.birthDate("6112040101270003", TODAY)).contains(LocalDate.of(1927, 1, 1));
        // Later this year has not happened yet: a century ago.
        assertThat(Nik.birthDate("6112040112260003", TODAY)).contains(LocalDate.of(1926, 12, 1));
        assertThat(Nik.birthDate("6112042311260003", TODAY)).contains(LocalDate.of(2026, 11, 23));
    }

    @Test
    void the_serial_starts_at_0001() {
        assertThat(check("6112041304570000")).containsExactly(Nik.Rule.SERIAL);
        assertThat(check("6112041304570001")).isEmpty();
        assertThat(check("6112041304579999")).isEmpty();
    }

    @Test
    void every_broken_rule_is_reported() {
        assertThat(check("9999993213990000"))
                .containsExactly(Nik.Rule.SUBDISTRICT, Nik.Rule.BIRTH_DATE, Nik.Rule.SERIAL);
    }

    @Test
    void a_built_nik_meets_every_rule_and_reads_back() {
        String nik = Nik.of("61.12.04", LocalDate.of(1990, 5, 22), Sex.FEMALE, 1);
        assertThat(nik).isEqualTo("6112046205900001");
        assertThat(check(nik)).isEmpty();
        assertThatThrownBy(() -> Nik.of("61.12.04", LocalDate.of(1990, 5, 22), Sex.FEMALE, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void masking_keeps_the_kecamatan_and_the_last_four_digits() {
        assertThat(Nik.mask("6112046205900001")).isEqualTo("611204******0001");
    }

    @Test
    void a_nik_contradicts_a_person_of_the_other_sex_or_another_birth_date() {
        // 611204 58 08 41 0002: a woman born 18-08-1941.
        String nik = "6112045808410002";
        assertThat(Nik.contradictions(nik, Sex.FEMALE, LocalDate.of(1941, 8, 18)))
                .isEmpty();
        assertThat(Nik.contradictions(nik, Sex.MALE, LocalDate.of(2020, 3, 15)))
                .containsExactly(Nik.Contradiction.SEX, Nik.Contradiction.BIRTH_DATE);
        assertThat(Nik.contradictions(nik, Sex.MALE, LocalDate.of(1941, 8, 18))).containsExactly(Nik.Contradiction.SEX);
        assertThat(Nik.contradictions(nik, Sex.FEMALE, LocalDate.of(1941, 9, 18)))
                .containsExactly(Nik.Contradiction.BIRTH_DATE);
        // The year by its last two digits, the only ones the NIK holds.
        assertThat(Nik.contradictions(nik, Sex.FEMALE, LocalDate.of(1942, 8, 18)))
                .containsExactly(Nik.Contradiction.BIRTH_DATE);
        assertThat(Nik.contradictions("6112041304570003", Sex.MALE, LocalDate.of(1957, 4, 13)))
                .isEmpty();
    }

    @Test
    void what_is_not_yet_known_or_not_a_nik_contradicts_nothing() {
        assertThat(Nik.contradictions("6112045808410002", null, null)).isEmpty();
        assertThat(Nik.contradictions("12345", Sex.MALE, LocalDate.of(2020, 3, 15)))
                .isEmpty();
        assertThat(Nik.contradictions(null, Sex.MALE, LocalDate.of(2020, 3, 15)))
                .isEmpty();
    }
}
