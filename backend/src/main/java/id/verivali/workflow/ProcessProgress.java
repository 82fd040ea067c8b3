package id.verivali.workflow;

import static id.verivali.bpmn.HouseholdChange.*;

import id.verivali.changerequest.ChangeBookkeeping;
import id.verivali.changerequest.ChangeStatus;
import id.verivali.changerequest.Stage;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each change request in step with what its process instance does outside its tasks: the overdue flag, reminders,
 * the wait for the ministry's cycle and the ending ({@link TaskEvents} follows the tasks). Camunda's Spring event
 * bridge calls it inside the engine's transaction, so a request and its process never disagree.
 */
@Component
class ProcessProgress {

    private static final Set<String> REMINDERS = Set.of(
            TIMER_REMIND_FIELD_CHECK,
            TIMER_REMIND_VILLAGE_DELIBERATION,
            TIMER_REMIND_PLENARY,
            TIMER_REMIND_DISTRICT_VERIFICATION,
            TIMER_REMIND_DISTRICT_APPROVAL,
            TIMER_REMIND_MINISTRY_DETERMINATION);

    private static final Set<String> ESCALATIONS = Set.of(
            TIMER_ESCALATE_FIELD_CHECK,
            TIMER_ESCALATE_VILLAGE_DELIBERATION,
            TIMER_ESCALATE_PLENARY,
            TIMER_ESCALATE_DISTRICT_VERIFICATION,
            TIMER_ESCALATE_DISTRICT_APPROVAL,
            TIMER_ESCALATE_MINISTRY_DETERMINATION);

    private static final Map<String, ChangeStatus> ENDINGS = Map.of(
            END_APPROVED, ChangeStatus.APPROVED,
            END_REJECTED, ChangeStatus.REJECTED,
            END_REJECTED_BY_CHECKS, ChangeStatus.REJECTED,
            END_WITHDRAWN, ChangeStatus.WITHDRAWN);

    private final ChangeBookkeeping changes;

    ProcessProgress(ChangeBookkeeping changes) {
        this.changes = changes;
    }

    @EventListener
    void onExecution(DelegateExecution execution) {
        if (!ExecutionListener.EVENTNAME_END.equals(execution.getEventName())) {
            return;
        }
        var activity = execution.getCurrentActivityId();
        if (activity == null) {
            // A process instance as a whole, not one of its activities.
            return;
        }
        var number = execution.getProcessBusinessKey();
        if (ESCALATIONS.contains(activity)) {
            changes.markOverdue(number);
        } else if (REMINDERS.contains(activity)) {
            changes.markReminded(number, ClockUtil.getCurrentTime().toInstant());
        } else if (TASK_ASSIGN_CYCLE.equals(activity)) {
            // Waiting for the next cycle counts as the ministry's: its due date is the cycle's decree.
            var decreeDue = (Date) execution.getVariable(VAR_CYCLE_DECREE_DUE);
            changes.enteredStage(number, Stage.MINISTRY_DETERMINATION, decreeDue.toInstant());
        } else if (ENDINGS.containsKey(activity)) {
            changes.finished(number, ENDINGS.get(activity));
        }
    }
}
