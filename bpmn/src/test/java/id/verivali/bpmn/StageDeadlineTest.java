package id.verivali.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StageDeadlineTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    @AfterEach
    void calendarDays() {
        StageDeadline.compressDays(null);
    }

    @Test
    void periods_are_calendar_days_in_the_ministrys_time_zone() {
        assertThat(StageDeadline.after(NOW, "P14D")).isEqualTo(Instant.parse("2026-03-16T01:00:00Z"));
        assertThat(StageDeadline.before(Instant.parse("2026-03-16T01:00:00Z"), "P3D"))
                .isEqualTo(Instant.parse("2026-03-13T01:00:00Z"));
    }

    @Test
    void with_days_compressed_a_fourteen_day_field_check_is_due_in_fourteen_short_days() {
        StageDeadline.compressDays(Duration.ofSeconds(3));

        var due = StageDeadline.after(NOW, "P14D");
        assertThat(due).isEqualTo(NOW.plusSeconds(42));
        assertThat(StageDeadline.before(due, "P3D")).isEqualTo(NOW.plusSeconds(33));
        assertThat(StageDeadline.after(NOW, "PT36H")).isEqualTo(NOW.plusMillis(4_500));
    }
}
