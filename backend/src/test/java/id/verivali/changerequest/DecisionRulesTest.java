package id.verivali.changerequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionRulesTest {

    private static List<String> problems(Stage stage, Decision decision, String reason, String reference) {
        return DecisionRules.problems(stage, decision, reason, null, reference).stream()
                .map(problem -> problem.field() + ": " + problem.messageCode())
                .toList();
    }

    @Test
    void a_decision_is_required_and_must_be_one_the_stage_offers() {
        assertThat(problems(Stage.FIELD_CHECK, null, null, null))
                .containsExactly("decision: problemDetail.field.required");
        assertThat(problems(Stage.FIELD_CHECK, Decision.RETURN, "x", null))
                .containsExactly("decision: changeRequest.decision.notAllowed");
        assertThat(problems(Stage.FIELD_CHECK, Decision.APPROVE, null, null)).isEmpty();
    }

    @Test
    void rejecting_or_returning_needs_a_reason() {
        assertThat(problems(Stage.SUBDISTRICT_PLENARY, Decision.RETURN, " ", null))
                .containsExactly("reason: changeRequest.decision.reasonRequired");
        assertThat(problems(Stage.FIELD_CHECK, Decision.REJECT, null, null))
                .containsExactly("reason: changeRequest.decision.reasonRequired");
    }

    @Test
    void the_district_approves_with_its_letter_and_the_ministry_decides_only_by_decree() {
        assertThat(problems(Stage.DISTRICT_APPROVAL, Decision.APPROVE, null, null))
                .containsExactly("reference: changeRequest.decision.ratificationLetterRequired");
        assertThat(problems(Stage.DISTRICT_APPROVAL, Decision.APPROVE, null, "400/117/DINSOS-KKR/2026"))
                .isEmpty();
        assertThat(problems(Stage.MINISTRY_DETERMINATION, Decision.REJECT, "Tidak padan", null))
                .containsExactly("reference: changeRequest.decision.decreeRequired");
    }

    @Test
    void reasons_notes_and_references_have_their_limits() {
        var problems = DecisionRules.problems(
                Stage.FIELD_CHECK, Decision.REJECT, "r".repeat(501), "n".repeat(1001), "k".repeat(101));

        assertThat(problems).extracting(DecisionRules.Problem::field).containsExactly("reason", "note", "reference");
        assertThat(problems.get(0).arguments()).containsExactly(DecisionRules.REASON_MAX);
    }
}
