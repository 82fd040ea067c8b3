package id.verivali.workflow;

import static id.verivali.bpmn.HouseholdChange.*;

import id.verivali.changerequest.ChangeRequestService;
import id.verivali.changerequest.ChangeStatus;
import id.verivali.changerequest.Decision;
import id.verivali.changerequest.InvalidDecisionException;
import id.verivali.changerequest.RecordedDecision;
import id.verivali.changerequest.Stage;
import id.verivali.common.web.InvalidFieldException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each change request in step with its process instance: stage, due date, overdue flag, reminders, every
 * decision and the ending. Camunda's Spring event bridge calls it inside the engine's transaction, so a request and its
 * process never disagree; a decision the change request refuses rolls the task's completion back.
 */
@Component
class ProcessProgress {

    static final Map<String, Stage> STAGE_OF_TASK = Map.of(
            TASK_FIELD_CHECK, Stage.FIELD_CHECK,
            TASK_VILLAGE_DELIBERATION, Stage.VILLAGE_DELIBERATION,
            TASK_SUBDISTRICT_PLENARY, Stage.SUBDISTRICT_PLENARY,
            TASK_DISTRICT_VERIFICATION, Stage.DISTRICT_VERIFICATION,
            TASK_DISTRICT_APPROVAL, Stage.DISTRICT_APPROVAL,
            TASK_MINISTRY_DETERMINATION, Stage.MINISTRY_DETERMINATION);

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

    private final ChangeRequestService changes;
    private final MessageSource messages;

    ProcessProgress(ChangeRequestService changes, MessageSource messages) {
        this.changes = changes;
        this.messages = messages;
    }

    @EventListener
    void onTask(DelegateTask task) {
        var stage = STAGE_OF_TASK.get(task.getTaskDefinitionKey());
        if (stage == null) {
            return;
        }
        var number = task.getExecution().getProcessBusinessKey();
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE ->
                changes.enteredStage(number, stage, task.getDueDate().toInstant());
            case TaskListener.EVENTNAME_COMPLETE -> {
                try {
                    changes.recordDecision(number, decisionOn(task, stage));
                } catch (InvalidFieldException refused) {
                    // A bad request to the engine (400 through Camunda's REST API); the inbox and deliberations unwrap
                    // the refusal itself.
                    throw new DecisionRefused(refused, messages);
                }
            }
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

    private static RecordedDecision decisionOn(DelegateTask task, Stage stage) {
        var referenceDate = text(task, VAR_DECISION_REFERENCE_DATE);
        return new RecordedDecision(
                stage,
                actorOf(task),
                decision(text(task, VAR_DECISION)),
                text(task, VAR_DECISION_REASON),
                text(task, VAR_DECISION_NOTE),
                text(task, VAR_DECISION_REFERENCE),
                referenceDate == null ? null : date(referenceDate),
                ClockUtil.getCurrentTime().toInstant());
    }

    /**
     * A decision variable as text. Verivali's own doors always set text; anything else came through Camunda's REST
     * API, and is refused naming the variable.
     */
    private static String text(DelegateTask task, String variable) {
        var value = task.getVariable(variable);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new InvalidDecisionException(variable, "problemDetail.field.typeMismatch");
    }

    /** Null, which the change refuses as "not available at this stage", for a name that is no decision at all. */
    private static Decision decision(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Decision.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static LocalDate date(String iso) {
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException malformed) {
            throw new InvalidDecisionException(VAR_DECISION_REFERENCE_DATE, "problemDetail.field.typeMismatch");
        }
    }

    /** Who completes the task: the engine's authenticated user, or else whoever claimed it. */
    static String actorOf(DelegateTask task) {
        var authentication =
                task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        throw new IllegalStateException(
                "A decision on " + task.getId() + " needs an authenticated user or an assignee");
    }
}
