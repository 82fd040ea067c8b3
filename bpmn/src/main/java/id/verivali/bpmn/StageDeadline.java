package id.verivali.bpmn;

import static id.verivali.bpmn.HouseholdChange.*;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.TemporalAmount;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Gives a stage sub-process its due date and reminder time from {@code deadlines.dmn}, as local variables that the
 * user task's due date and both boundary timers read. Runs when the stage starts, before its timers are created, so
 * every entry (a deferral or a return included) gets a fresh deadline.
 *
 * <p>The table is reference data that changes only with a new deployment, and a district's round enters a stage tens
 * of thousands of times a day: each version's row for a stage and district is looked up once and kept. The engine
 * keeps no decision history for these look-ups; what they decided stays in the stage's variables and on its task.
 */
public class StageDeadline implements ExecutionListener {

    /** A row of the table: by the deployed version's id, the stage and the district. */
    private static final Map<String, Deadline> ROWS = new ConcurrentHashMap<>();

    /**
     * How long a deadline's day lasts; {@code null}, as everywhere but in tests of the running application, for a
     * calendar day. A test of several nodes sets a few seconds, so that reminders and escalations fall due while it
     * watches.
     */
    private static volatile Duration dayLasts;

    /** Injected from the model: the stage name the decision table knows. */
    private Expression stage;

    @Override
    public void notify(DelegateExecution execution) {
        String stageName = (String) stage.getValue(execution);
        var deadline = deadline(stageName, (String) execution.getVariable(VAR_DISTRICT_CODE));
        var now = ClockUtil.getCurrentTime().toInstant();
        var due = deadline.atDecree()
                ? ((Date) execution.getVariable(VAR_CYCLE_DECREE_DUE)).toInstant()
                : after(now, deadline.duePeriod());
        var remindAt = before(due, deadline.remindBefore());
        execution.setVariableLocal(VAR_DUE_DATE, Date.from(due));
        execution.setVariableLocal(VAR_REMIND_AT, Date.from(remindAt));
        execution.setVariableLocal(VAR_OVERDUE, false);
    }

    /** The latest deployed table's row, evaluated the first time this version meets the stage and district. */
    private static Deadline deadline(String stage, String districtCode) {
        var configuration = Context.getProcessEngineConfiguration();
        // The deployment cache's look-up of the latest version is the engine's own, without authorization checks:
        // the table is part of the model, not something the person moving the process needs a grant for.
        var table = (DecisionDefinitionEntity)
                configuration.getDeploymentCache().findDeployedLatestDecisionDefinitionByKey(DEADLINES_DECISION);
        return ROWS.computeIfAbsent(table.getId() + "|" + stage + "|" + districtCode, key -> {
            var result = configuration
                    .getDmnEngine()
                    .evaluateDecision(table, Variables.putValue("stage", stage).putValue("districtCode", districtCode))
                    .getSingleResult();
            if (result == null) {
                throw new IllegalStateException("deadlines.dmn has no row for stage " + stage);
            }
            // A row due at the decree leaves its period empty, and the result then has no such entry.
            var entries = result.getEntryMap();
            return new Deadline(
                    (String) entries.get("duePeriod"), Boolean.TRUE.equals(entries.get("dueAtDecree")), (String)
                            entries.get("remindBefore"));
        });
    }

    /** What a row says: a period (ISO 8601) or the cycle's decree, and how long before it to remind. */
    private record Deadline(String duePeriod, boolean atDecree, String remindBefore) {}

    /**
     * For tests of the running application only: every deadline's day lasts {@code day} (a 14-day field check with
     * {@code PT3S} is due in 42 seconds); {@code null} restores calendar days. A deadline already set keeps its time.
     */
    public static void compressDays(Duration day) {
        dayLasts = day;
    }

    static Instant after(Instant start, String isoPeriod) {
        var day = dayLasts;
        var end = start.atZone(MINISTRY_TIME_ZONE).plus(amount(isoPeriod)).toInstant();
        return day == null ? end : start.plus(compressed(Duration.between(start, end), day));
    }

    static Instant before(Instant end, String isoPeriod) {
        var day = dayLasts;
        var start = end.atZone(MINISTRY_TIME_ZONE).minus(amount(isoPeriod)).toInstant();
        return day == null ? start : end.minus(compressed(Duration.between(start, end), day));
    }

    private static Duration compressed(Duration real, Duration day) {
        return Duration.ofMillis(
                real.toMillis() * day.toMillis() / Duration.ofDays(1).toMillis());
    }

    /** Days, weeks and months are calendar amounts; a time part ({@code PT36H}) is an exact duration. */
    private static TemporalAmount amount(String iso) {
        return iso.contains("T") ? Duration.parse(iso) : Period.parse(iso);
    }
}
