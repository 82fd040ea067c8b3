package id.verivali.workflow;

import static id.verivali.bpmn.HouseholdChange.*;

import id.verivali.changerequest.Decision;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A person's decision on a level's task, as the variables the model's gateways and {@link ProcessProgress} read. All
 * five are always set, blank ones to null, so nothing of an earlier level's decision carries over into this one.
 */
public record TaskDecision(Decision decision, String reason, String note, String reference, LocalDate referenceDate) {

    /** The five variables every decision sets: what the history keeps value by value and the replay shows. */
    static final Set<String> VARIABLES = Set.of(
            VAR_DECISION, VAR_DECISION_REASON, VAR_DECISION_NOTE, VAR_DECISION_REFERENCE, VAR_DECISION_REFERENCE_DATE);

    public static TaskDecision approve() {
        return new TaskDecision(Decision.APPROVE, null, null, null, null);
    }

    Map<String, Object> variables() {
        var variables = new HashMap<String, Object>();
        variables.put(VAR_DECISION, decision == null ? null : decision.name());
        variables.put(VAR_DECISION_REASON, reason);
        variables.put(VAR_DECISION_NOTE, note);
        variables.put(VAR_DECISION_REFERENCE, reference);
        variables.put(VAR_DECISION_REFERENCE_DATE, referenceDate == null ? null : referenceDate.toString());
        return variables;
    }
}
