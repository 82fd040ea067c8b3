package id.verivali.changerequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChangeRequestNumbersTest {

    @Test
    void a_number_names_the_district_without_dots_the_year_and_a_six_digit_sequence() {
        assertThat(ChangeRequestNumbers.format("61.12", 2026, 123)).isEqualTo("CR-6112-2026-000123");
        assertThat(ChangeRequestNumbers.format("61.71", 2027, 1)).isEqualTo("CR-6171-2027-000001");
    }

    @Test
    void a_district_outgrowing_six_digits_gets_longer_numbers_rather_than_repeated_ones() {
        assertThat(ChangeRequestNumbers.format("61.12", 2026, 1_000_000)).isEqualTo("CR-6112-2026-1000000");
    }

    @Test
    void the_year_is_the_year_in_jakarta() {
        // 31 December 17:00 UTC is already New Year's Day in Jakarta (UTC+7).
        assertThat(ChangeRequestNumbers.yearAt(Instant.parse("2025-12-31T16:59:59Z")))
                .isEqualTo(2025);
        assertThat(ChangeRequestNumbers.yearAt(Instant.parse("2025-12-31T17:00:00Z")))
                .isEqualTo(2026);
    }
}
