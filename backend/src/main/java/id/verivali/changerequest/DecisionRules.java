package id.verivali.changerequest;

import java.util.ArrayList;
import java.util.List;

/**
 * What a decision at a stage must bring. The one set of rules that the inbox, a deliberation and the change request
 * itself (whatever door the decision came through, Camunda's REST API included) check, so that they refuse alike.
 */
public final class DecisionRules {

    public static final int REASON_MAX = 500;
    public static final int NOTE_MAX = 1000;
    public static final int REFERENCE_MAX = 100;

    /** One thing wrong with a decision: the input at fault and the message that says why. */
    public record Problem(String field, String messageCode, Object... arguments) {}

    /**
     * Everything wrong with a decision at the stage, most basic first; none when it may be recorded.
     *
     * @param reference the ratification letter's or decree's number
     */
    public static List<Problem> problems(Stage stage, Decision decision, String reason, String note, String reference) {
        var problems = new ArrayList<Problem>();
        if (decision == null) {
            problems.add(new Problem("decision", "problemDetail.field.required"));
        } else if (!stage.allowedDecisions().contains(decision)) {
            problems.add(new Problem("decision", "changeRequest.decision.notAllowed"));
        }
        if ((decision == Decision.REJECT || decision == Decision.RETURN) && isBlank(reason)) {
            problems.add(new Problem("reason", "changeRequest.decision.reasonRequired"));
        }
        if (stage == Stage.DISTRICT_APPROVAL && decision == Decision.APPROVE && isBlank(reference)) {
            problems.add(new Problem("reference", "changeRequest.decision.ratificationLetterRequired"));
        }
        // The ministry decides only by decree (Kepmensos), whatever it decides.
        if (stage == Stage.MINISTRY_DETERMINATION && decision != null && isBlank(reference)) {
            problems.add(new Problem("reference", "changeRequest.decision.decreeRequired"));
        }
        tooLong("reason", reason, REASON_MAX, problems);
        tooLong("note", note, NOTE_MAX, problems);
        tooLong("reference", reference, REFERENCE_MAX, problems);
        return problems;
    }

    private static void tooLong(String field, String value, int max, List<Problem> problems) {
        if (value != null && value.length() > max) {
            problems.add(new Problem(field, "field.tooLong", max));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private DecisionRules() {}
}
