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
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each change request in step with what its process instance does outside its tasks: the overdue flag, reminders
 * (told to the rest of the application as {@link DeadlineApproached}), the wait for the ministry's cycle and the ending
 * ({@link TaskEvents} follows the tasks). Camunda's Spring event bridge calls it inside the engine's transaction, so a
 * request and its process never disagree.
 */
@Component
class ProcessProgress {

    /** Each stage's reminder, with the task it reminds of. */
    private static final Map<String, String> REMINDERS = Map.of(
            TIMER_REMIND_FIELD_CHECK, TASK_FIELD_CHECK,
            TIMER_REMIND_VILLAGE_DELIBERATION, TASK_VILLAGE_DELIBERATION,
            TIMER_REMIND_PLENARY, TASK_SUBDISTRICT_PLENARY,
            TIMER_REMIND_DISTRICT_VERIFICATION, TASK_DISTRICT_VERIFICATION,
            TIMER_REMIND_DISTRICT_APPROVAL, TASK_DISTRICT_APPROVAL,
            TIMER_REMIND_MINISTRY_DETERMINATION, TASK_MINISTRY_DETERMINATION);

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
    private final ApplicationEventPublisher events;

    ProcessProgress(ChangeBookkeeping changes, ApplicationEventPublisher events) {
        this.changes = changes;
        this.events = events;
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
        } else if (REMINDERS.containsKey(activity)) {
            changes.markReminded(number, ClockUtil.getCurrentTime().toInstant());
            reminded(execution, REMINDERS.get(activity));
        } else if (TASK_ASSIGN_CYCLE.equals(activity)) {
            // Waiting for the next cycle counts as the ministry's: its due date is the cycle's decree.
            var decreeDue = (Date) execution.getVariable(VAR_CYCLE_DECREE_DUE);
            changes.enteredStage(number, Stage.MINISTRY_DETERMINATION, decreeDue.toInstant());
        } else if (ENDINGS.containsKey(activity)) {
            changes.finished(number, ENDINGS.get(activity));
        }
    }

    /**
     * Tells who can do the reminded task. The task is read past the engine's authorizations: whoever made the timer
     * fire (the job executor, or an administrator through the REST API) need not be one of its candidates.
     */
    private void reminded(DelegateExecution execution, String taskKey) {
        var tasks = execution.getProcessEngineServices().getTaskService();
        Context.getCommandContext()
                .runWithoutAuthorization(() -> tasks.createTaskQuery()
                        .processInstanceId(execution.getProcessInstanceId())
                        .taskDefinitionKey(taskKey)
                        .list())
                .stream()
                .findFirst()
                .flatMap(task -> CandidateGroup.of(((TaskEntity) task).getCandidates()))
                .ifPresent(group -> events.publishEvent(new DeadlineApproached(
                        execution.getProcessBusinessKey(),
                        StageTasks.DECIDING.get(taskKey).name(),
                        group.role(),
                        group.region())));
    }
}
