package id.verivali.bpmn;

import static id.verivali.bpmn.HouseholdChange.*;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.TemporalAmount;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Gives a stage sub-process its due date and reminder time from {@code deadlines.dmn}, as local variables that the
 * user task's due date and both boundary timers read. Runs when the stage starts, before its timers are created, so
 * every entry (a deferral or a return included) gets a fresh deadline.
 */
public class StageDeadline implements ExecutionListener {

    /** Injected from the model: the stage name the decision table knows. */
    private Expression stage;

    @Override
    public void notify(DelegateExecution execution) {
        // The table is part of the model, not something the person moving the process needs a grant for: whoever
        // completed the step before (an integration's civil-registry answer, say) may not evaluate decisions.
        var result = Context.getCommandContext()
                .runWithoutAuthorization(() -> execution
                        .getProcessEngineServices()
                        .getDecisionService()
                        .evaluateDecisionByKey(DEADLINES_DECISION)
                        .variables(Variables.putValue("stage", stage.getValue(execution))
                                .putValue("districtCode", execution.getVariable(VAR_DISTRICT_CODE)))
                        .evaluate()
                        .getSingleResult());
        if (result == null) {
            throw new IllegalStateException("deadlines.dmn has no row for stage " + stage.getValue(execution));
        }
        var now = ClockUtil.getCurrentTime().toInstant();
        Boolean atDecree = result.getEntry("dueAtDecree");
        var due = Boolean.TRUE.equals(atDecree)
                ? ((Date) execution.getVariable(VAR_CYCLE_DECREE_DUE)).toInstant()
                : after(now, result.getEntry("duePeriod"));
        var remindAt = before(due, result.getEntry("remindBefore"));
        execution.setVariableLocal(VAR_DUE_DATE, Date.from(due));
        execution.setVariableLocal(VAR_REMIND_AT, Date.from(remindAt));
        execution.setVariableLocal(VAR_OVERDUE, false);
    }

    static Instant after(Instant start, String isoPeriod) {
        return start.atZone(MINISTRY_TIME_ZONE).plus(amount(isoPeriod)).toInstant();
    }

    static Instant before(Instant end, String isoPeriod) {
        return end.atZone(MINISTRY_TIME_ZONE).minus(amount(isoPeriod)).toInstant();
    }

    /** Days, weeks and months are calendar amounts; a time part ({@code PT36H}) is an exact duration. */
    private static TemporalAmount amount(String iso) {
        return iso.contains("T") ? Duration.parse(iso) : Period.parse(iso);
    }
}
