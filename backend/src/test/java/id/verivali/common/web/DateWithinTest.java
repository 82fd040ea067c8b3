package id.verivali.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DateWithinTest {

    /** 6 December 2026, 06:00 in Jakarta: 5 December 23:00 UTC. Today is the registry's day, not UTC's. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T23:00:00Z"), ZoneId.of("Asia/Jakarta"));

    record Dates(
            @DateWithin(earliest = "1900-01-01", message = "birth")
            LocalDate birthDate,

            @DateWithin(yearsAfter = 10, message = "target") LocalDate targetDate,

            @DateWithin(yearsBefore = 10, message = "letter")
            LocalDate letterDate) {}

    @Test
    void a_birth_date_from_1900_to_today() {
        var born = validator("birthDate");

        assertThat(born.isValid(LocalDate.of(1900, 1, 1), null)).isTrue();
        assertThat(born.isValid(LocalDate.of(2026, 12, 6), null)).isTrue();
        assertThat(born.isValid(LocalDate.of(1899, 12, 31), null)).isFalse();
        assertThat(born.isValid(LocalDate.of(2026, 12, 7), null)).isFalse();
        assertThat(born.isValid(LocalDate.of(1, 1, 1), null)).isFalse();
        assertThat(born.isValid(null, null)).isTrue();
    }

    @Test
    void a_target_from_today_to_ten_years_ahead() {
        var target = validator("targetDate");

        assertThat(target.isValid(LocalDate.of(2026, 12, 6), null)).isTrue();
        assertThat(target.isValid(LocalDate.of(2036, 12, 6), null)).isTrue();
        assertThat(target.isValid(LocalDate.of(2026, 12, 5), null)).isFalse();
        assertThat(target.isValid(LocalDate.of(2036, 12, 7), null)).isFalse();
        assertThat(target.isValid(LocalDate.of(57467, 8, 27), null)).isFalse();
    }

    @Test
    void a_letter_from_ten_years_ago_to_today() {
        var letter = validator("letterDate");

        assertThat(letter.isValid(LocalDate.of(2016, 12, 6), null)).isTrue();
        assertThat(letter.isValid(LocalDate.of(2016, 12, 5), null)).isFalse();
        assertThat(letter.isValid(LocalDate.of(2026, 12, 7), null)).isFalse();
    }

    private static DateWithin.Validator validator(String component) {
        var validator = new DateWithin.Validator(CLOCK);
        try {
            validator.initialize(Dates.class.getDeclaredField(component).getAnnotation(DateWithin.class));
        } catch (NoSuchFieldException impossible) {
            throw new IllegalStateException(impossible);
        }
        return validator;
    }
}
