package id.verivali.workflow;

import static id.verivali.bpmn.HouseholdChange.*;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * Camunda's history level FULL without the rows nobody reads, which were two in five of the rows a round's change
 * wrote to the history tables. Every process instance, activity run, task, identity link, operation, incident, decision and
 * failed or finished job is kept as at FULL; what the auditor's replay reads from the engine's history (see
 * {@link ProcessHistory}) is therefore the same. Left out:
 *
 * <ul>
 *   <li>the value-by-value log ({@code ACT_HI_DETAIL}) of variables other than the decisions ({@link TaskDecision}),
 *       which the replay shows at every task; their last value stays in {@code ACT_HI_VARINST};
 *   <li>any history of a stage's scheduling variables (its due date, reminder time and overdue flag), which live
 *       only while the stage runs and are kept by the stage's task (its due date) and the timers that fire;
 *   <li>the job log's entries for a timer being scheduled and for one being cancelled, two of each at every stage: a
 *       timer that fires still logs its success with its due date, and any failure.
 * </ul>
 *
 * <p>Its id is stored in {@code ACT_GE_PROPERTY} as the engine requires of every level; V21 moves a database kept at
 * FULL to it.
 */
final class AuditTrailHistoryLevel extends AbstractHistoryLevel {

    static final String NAME = "audit-trail";

    /** Beside Camunda's own levels (0 to 3); the engine refuses to start on a database kept at another level. */
    static final int ID = 30;

    private static final Set<String> STAGE_SCHEDULING_VARIABLES = Set.of(VAR_DUE_DATE, VAR_REMIND_AT, VAR_OVERDUE);

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL) {
            // Asked of the event about to be written, or with no entity of the kind in general.
            return !(entity instanceof HistoricVariableUpdateEventEntity update)
                    || TaskDecision.VARIABLES.contains(update.getVariableName());
        }
        if (entity instanceof VariableInstanceEntity variable) {
            return !STAGE_SCHEDULING_VARIABLES.contains(variable.getName());
        }
        if (eventType == HistoryEventTypes.JOB_CREATE || eventType == HistoryEventTypes.JOB_DELETE) {
            return !(entity instanceof TimerEntity);
        }
        return true;
    }
}
