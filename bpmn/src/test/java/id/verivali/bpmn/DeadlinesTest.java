package id.verivali.bpmn;

import static id.verivali.bpmn.HouseholdChange.DEADLINES_DECISION;
import static id.verivali.bpmn.HouseholdChange.DEADLINES_RESOURCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.decisionService;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Deployment(resources = DEADLINES_RESOURCE)
class DeadlinesTest extends ProcessTest {

    /** No minimum: the class deploys only the decision table, and DMN tables are not measured. */
    @RegisterExtension
    static final ProcessEngineCoverageExtension coverage =
            ProcessEngineCoverageExtension.builder().build();

    private static DmnDecisionResult deadline(String stage, String districtCode) {
        return decisionService()
                .evaluateDecisionByKey(DEADLINES_DECISION)
                .variables(Variables.putValue("stage", stage).putValue("districtCode", districtCode))
                .evaluate();
    }

    @ParameterizedTest
    @CsvSource({
        "FIELD_CHECK, P14D",
        "VILLAGE_DELIBERATION, P30D",
        "SUBDISTRICT_PLENARY, P14D",
        "DISTRICT_VERIFICATION, P7D",
        "DISTRICT_APPROVAL, P7D"
    })
    void each_level_has_its_national_default_period_and_a_three_day_reminder(String stage, String period) {
        var result = deadline(stage, "61.12").getSingleResult();

        assertThat(result.<String>getEntry("duePeriod")).isEqualTo(period);
        assertThat(result.<Boolean>getEntry("dueAtDecree")).isFalse();
        assertThat(result.<String>getEntry("remindBefore")).isEqualTo("P3D");
    }

    @Test
    void a_residents_submission_gives_the_village_operator_a_week_and_a_two_day_reminder() {
        var result = deadline("INTAKE", "61.12").getSingleResult();

        assertThat(result.<String>getEntry("duePeriod")).isEqualTo("P7D");
        assertThat(result.<Boolean>getEntry("dueAtDecree")).isFalse();
        assertThat(result.<String>getEntry("remindBefore")).isEqualTo("P2D");
    }

    @Test
    void the_ministry_is_due_at_its_cycles_decree_rather_than_after_a_period() {
        var result = deadline("MINISTRY_DETERMINATION", "61.12").getSingleResult();

        assertThat(result.getEntryMap()).doesNotContainKey("duePeriod");
        assertThat(result.<Boolean>getEntry("dueAtDecree")).isTrue();
    }

    @Test
    void a_district_row_overrides_the_default_for_that_district_only() {
        assertThat(deadline("VILLAGE_DELIBERATION", "32.76").getSingleResult().<String>getEntry("duePeriod"))
                .isEqualTo("P21D");
        assertThat(deadline("FIELD_CHECK", "32.76").getSingleResult().<String>getEntry("duePeriod"))
                .isEqualTo("P14D");
        assertThat(deadline("VILLAGE_DELIBERATION", "61.12").getSingleResult().<String>getEntry("duePeriod"))
                .isEqualTo("P30D");
    }

    @Test
    void a_stage_the_table_does_not_know_gets_no_deadline() {
        assertThat(deadline("DONE", "61.12")).isEmpty();
    }
}
