package id.verivali.workflow;

import static id.verivali.bpmn.ResidentSubmission.*;

import id.verivali.resident.SubmissionBookkeeping;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each resident's submission in step with its resident-submission instance, as {@link TaskEvents} and
 * {@link ProcessProgress} do for household changes: the intake task and its due date, the reminder, the kecamatan's
 * follow-up and an objection's lapse. Called by Camunda's Spring event bridge inside the engine's transaction.
 */
@Component
class SubmissionProgress {

    private static final Set<String> INTAKES = Set.of(TASK_PROPOSAL_INTAKE, TASK_OBJECTION_INTAKE);
    private static final Set<String> FOLLOW_UPS =
            Set.of(TASK_FOLLOW_UP_PROPOSAL_INTAKE, TASK_FOLLOW_UP_OBJECTION_INTAKE);
    private static final Set<String> REMINDERS = Set.of(TIMER_REMIND_PROPOSAL_INTAKE, TIMER_REMIND_OBJECTION_INTAKE);

    private final SubmissionBookkeeping submissions;

    SubmissionProgress(SubmissionBookkeeping submissions) {
        this.submissions = submissions;
    }

    @EventListener
    void onTask(DelegateTask task) {
        var key = task.getTaskDefinitionKey();
        boolean intake = INTAKES.contains(key);
        if (!intake && !FOLLOW_UPS.contains(key)) {
            return;
        }
        var code = task.getExecution().getProcessBusinessKey();
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> {
                if (intake) {
                    submissions.intakeOpened(
                            code, task.getId(), task.getDueDate().toInstant());
                } else {
                    submissions.followUpOpened(
                            code, task.getId(), ClockUtil.getCurrentTime().toInstant());
                }
            }
            case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE ->
                submissions.taskClosed(code, task.getId());
            default -> {}
        }
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
        if (REMINDERS.contains(activity)) {
            submissions.reminded(
                    execution.getProcessBusinessKey(),
                    ClockUtil.getCurrentTime().toInstant());
        } else if (END_OBJECTION_LAPSED.equals(activity)) {
            submissions.lapsed(
                    execution.getProcessBusinessKey(),
                    ClockUtil.getCurrentTime().toInstant());
        }
    }
}
