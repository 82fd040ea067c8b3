package id.verivali.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoTargetsTest {

    private static final LocalDate FIRST_START = LocalDate.of(2026, 11, 23);

    @Test
    void terentang_gets_a_month_and_the_other_kecamatan_three_or_four_months() {
        var plan = DemoTargets.plan(
                FIRST_START, List.of("61.12.01", "61.12.02", "61.12.03", "61.12.04", "61.12.05"), "61.12.04");

        assertThat(plan)
                .containsEntry("61.12.04", LocalDate.of(2026, 12, 23))
                .containsEntry("61.12.01", LocalDate.of(2027, 2, 23))
                .containsEntry("61.12.02", LocalDate.of(2027, 3, 23))
                .containsEntry("61.12.03", LocalDate.of(2027, 2, 23))
                .containsEntry("61.12.05", LocalDate.of(2027, 3, 23))
                .hasSize(5);
    }

    @Test
    void elsewhere_the_busy_kecamatan_gets_the_month() {
        var plan = DemoTargets.plan(FIRST_START, List.of("64.02.01", "64.02.02", "64.02.03"), "64.02.01");

        assertThat(plan)
                .containsEntry("64.02.01", LocalDate.of(2026, 12, 23))
                .containsEntry("64.02.02", LocalDate.of(2027, 2, 23))
                .containsEntry("64.02.03", LocalDate.of(2027, 3, 23));
    }
}
