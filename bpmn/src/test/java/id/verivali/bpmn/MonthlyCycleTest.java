package id.verivali.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MonthlyCycleTest {

    @Test
    void the_cut_off_day_itself_still_belongs_to_the_current_cycle_in_jakarta_time() {
        var cycle = MonthlyCycle.joinedAt(Instant.parse("2026-03-15T16:59:59Z"), 15);

        assertThat(cycle.month()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(cycle.opensAt()).isEqualTo(Instant.parse("2026-02-28T17:00:00Z"));
        assertThat(cycle.decreeDue()).isEqualTo(Instant.parse("2026-03-31T17:00:00Z"));
        assertThat(cycle.opensAfter(Instant.parse("2026-03-15T16:59:59Z"))).isFalse();
    }

    @Test
    void after_the_cut_off_a_change_waits_for_the_next_cycle() {
        var cycle = MonthlyCycle.joinedAt(Instant.parse("2026-03-15T17:00:00Z"), 15);

        assertThat(cycle.month()).isEqualTo(YearMonth.of(2026, 4));
        assertThat(cycle.opensAfter(Instant.parse("2026-03-15T17:00:00Z"))).isTrue();
    }

    @Test
    void a_december_change_after_the_cut_off_joins_januarys_cycle() {
        var cycle = MonthlyCycle.joinedAt(Instant.parse("2026-12-20T03:00:00Z"), 15);

        assertThat(cycle.month()).isEqualTo(YearMonth.of(2027, 1));
        assertThat(cycle.decreeDue()).isEqualTo(Instant.parse("2027-01-31T17:00:00Z"));
    }

    @Test
    void a_cut_off_day_that_some_months_lack_is_refused() {
        assertThatThrownBy(() -> MonthlyCycle.joinedAt(Instant.now(), 31)).hasMessageContaining("1-28");
        assertThatThrownBy(() -> MonthlyCycle.joinedAt(Instant.now(), 0)).hasMessageContaining("1-28");
    }

    @Test
    void day_periods_follow_the_calendar_and_hour_periods_are_exact() {
        var start = Instant.parse("2026-03-02T01:00:00Z");

        assertThat(StageDeadline.after(start, "P14D")).isEqualTo(Instant.parse("2026-03-16T01:00:00Z"));
        assertThat(StageDeadline.after(start, "P1M")).isEqualTo(Instant.parse("2026-04-02T01:00:00Z"));
        assertThat(StageDeadline.after(start, "PT36H")).isEqualTo(Instant.parse("2026-03-03T13:00:00Z"));
        assertThat(StageDeadline.before(start, "P3D")).isEqualTo(Instant.parse("2026-02-27T01:00:00Z"));
    }
}
