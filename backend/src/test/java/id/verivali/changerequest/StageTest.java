package id.verivali.changerequest;

import static id.verivali.changerequest.Decision.APPROVE;
import static id.verivali.changerequest.Decision.DEFER;
import static id.verivali.changerequest.Decision.REJECT;
import static id.verivali.changerequest.Decision.RETURN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StageTest {

    @Test
    void the_checks_and_the_end_take_no_decisions() {
        assertThat(Stage.CHECKS.allowedDecisions()).isEmpty();
        assertThat(Stage.DONE.allowedDecisions()).isEmpty();
    }

    @Test
    void the_field_check_approves_or_rejects() {
        assertThat(Stage.FIELD_CHECK.allowedDecisions()).containsExactly(APPROVE, REJECT);
    }

    @Test
    void only_the_village_deliberation_defers() {
        assertThat(Stage.VILLAGE_DELIBERATION.allowedDecisions()).containsExactly(APPROVE, REJECT, DEFER);
        for (Stage stage : Stage.values()) {
            if (stage != Stage.VILLAGE_DELIBERATION) {
                assertThat(stage.allowedDecisions()).as(stage.name()).doesNotContain(DEFER);
            }
        }
    }

    @Test
    void the_kecamatan_the_district_and_the_ministry_may_return_the_change() {
        for (Stage stage : new Stage[] {
            Stage.SUBDISTRICT_PLENARY,
            Stage.DISTRICT_VERIFICATION,
            Stage.DISTRICT_APPROVAL,
            Stage.MINISTRY_DETERMINATION
        }) {
            assertThat(stage.allowedDecisions()).as(stage.name()).containsExactly(APPROVE, REJECT, RETURN);
        }
    }

    @Test
    void the_allowed_decisions_cannot_be_changed() {
        assertThatThrownBy(() -> Stage.FIELD_CHECK.allowedDecisions().add(RETURN))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
