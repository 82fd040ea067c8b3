package id.verivali.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProgressProjectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void the_rate_is_what_ended_in_the_last_fourteen_days_per_day() {
        var projection = ProgressProjection.of(100, 40, 7, TODAY.minusDays(1), null, TODAY);

        assertThat(projection.ratePerDay()).isEqualTo(0.5);
    }

    @Test
    void the_finish_is_today_plus_the_remaining_days_rounded_up() {
        // 60 left at 7 per 14 days (0.5 a day): 120 days.
        assertThat(ProgressProjection.of(100, 40, 7, TODAY, null, TODAY).projectedFinish())
                .isEqualTo(TODAY.plusDays(120));
        // 4 left at 6 per 14 days: 9.33 days, so 10.
        assertThat(ProgressProjection.of(10, 6, 6, TODAY, null, TODAY).projectedFinish())
                .isEqualTo(TODAY.plusDays(10));
        // 1 left at 14 per 14 days: exactly a day.
        assertThat(ProgressProjection.of(15, 14, 14, TODAY, null, TODAY).projectedFinish())
                .isEqualTo(TODAY.plusDays(1));
    }

    @Test
    void with_nothing_ended_lately_and_work_left_there_is_no_projection() {
        var projection = ProgressProjection.of(10, 3, 0, TODAY.minusDays(30), TODAY.plusDays(30), TODAY);

        assertThat(projection.ratePerDay()).isZero();
        assertThat(projection.projectedFinish()).isNull();
        assertThat(projection.status()).isEqualTo(ProgressStatus.AT_RISK);
    }

    @Test
    void when_nothing_is_left_the_finish_is_the_last_ending() {
        var projection = ProgressProjection.of(10, 10, 0, TODAY.minusDays(20), null, TODAY);

        assertThat(projection.projectedFinish()).isEqualTo(TODAY.minusDays(20));
        assertThat(projection.status()).isEqualTo(ProgressStatus.NO_TARGET);
    }

    @Test
    void projected_by_the_target_is_on_track_and_after_it_at_risk() {
        assertThat(ProgressProjection.of(10, 6, 6, TODAY, TODAY.plusDays(10), TODAY)
                        .status())
                .isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(ProgressProjection.of(10, 6, 6, TODAY, TODAY.plusDays(9), TODAY)
                        .status())
                .isEqualTo(ProgressStatus.AT_RISK);
    }

    @Test
    void work_left_on_the_target_day_is_still_at_risk_and_the_day_after_late() {
        assertThat(ProgressProjection.of(10, 6, 1, TODAY, TODAY, TODAY).status())
                .isEqualTo(ProgressStatus.AT_RISK);
        assertThat(ProgressProjection.of(10, 6, 14, TODAY, TODAY.minusDays(1), TODAY)
                        .status())
                .isEqualTo(ProgressStatus.LATE);
    }

    @Test
    void all_done_by_the_target_is_on_track_even_after_it_and_done_after_it_is_late() {
        assertThat(ProgressProjection.of(10, 10, 2, TODAY.minusDays(5), TODAY.minusDays(5), TODAY)
                        .status())
                .isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(ProgressProjection.of(10, 10, 2, TODAY.minusDays(4), TODAY.minusDays(5), TODAY)
                        .status())
                .isEqualTo(ProgressStatus.LATE);
    }

    @Test
    void nothing_proposed_is_nothing_left_to_do() {
        var projection = ProgressProjection.of(0, 0, 0, null, TODAY.plusDays(30), TODAY);

        assertThat(projection.projectedFinish()).isNull();
        assertThat(projection.status()).isEqualTo(ProgressStatus.ON_TRACK);
    }

    @Test
    void without_a_target_there_is_no_status_but_still_a_projection() {
        var projection = ProgressProjection.of(10, 6, 6, TODAY, null, TODAY);

        assertThat(projection.status()).isEqualTo(ProgressStatus.NO_TARGET);
        assertThat(projection.projectedFinish()).isEqualTo(TODAY.plusDays(10));
    }
}
