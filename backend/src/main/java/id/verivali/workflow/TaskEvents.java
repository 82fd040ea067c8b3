package id.verivali.workflow;

import static id.verivali.bpmn.HouseholdChange.*;

import id.verivali.changerequest.ChangeBookkeeping;
import id.verivali.changerequest.Decision;
import id.verivali.changerequest.InvalidDecisionException;
import id.verivali.changerequest.RecordedDecision;
import id.verivali.changerequest.Stage;
import id.verivali.common.web.InvalidFieldException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows every task of a household change, once per task event, inside the engine's transaction. A deciding task's
 * opening and completion are the change request's: it enters the stage, then the decision is recorded (one the change
 * refuses rolls the completion back). Every task's opening, claim and closing is then told to the rest of the
 * application as an event ({@link WorkflowTaskOpened}, {@link WorkflowTaskClaimed}, {@link WorkflowTaskClosed}), so
 * read models such as the inbox never disagree with the engine: the arrows run from them to the workflow, not back. A
 * follow-up's opening is also the escalation of its overdue stage ({@link DeadlinePassed}).
 */
@Component
class TaskEvents {

    private final ChangeBookkeeping changes;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    TaskEvents(ChangeBookkeeping changes, ApplicationEventPublisher events, MessageSource messages) {
        this.changes = changes;
        this.events = events;
        this.messages = messages;
    }

    @EventListener
    void onTask(DelegateTask task) {
        var decides = StageTasks.DECIDING.get(task.getTaskDefinitionKey());
        var followsUp = StageTasks.FOLLOWING_UP.get(task.getTaskDefinitionKey());
        if (decides == null && followsUp == null) {
            return;
        }
        var now = ClockUtil.getCurrentTime().toInstant();
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> {
                if (decides != null) {
                    changes.enteredStage(
                            task.getExecution().getProcessBusinessKey(),
                            decides,
                            task.getDueDate().toInstant());
                }
                opened(task, decides != null ? decides : followsUp, followsUp != null);
            }
            case TaskListener.EVENTNAME_ASSIGNMENT ->
                events.publishEvent(new WorkflowTaskClaimed(task.getId(), task.getAssignee()));
            case TaskListener.EVENTNAME_COMPLETE -> {
                if (decides != null) {
                    recordDecision(task, decides);
                }
                events.publishEvent(new WorkflowTaskClosed(task.getId(), actorOf(task), now));
            }
            case TaskListener.EVENTNAME_DELETE -> events.publishEvent(new WorkflowTaskClosed(task.getId(), null, now));
            default -> {}
        }
    }

    private void recordDecision(DelegateTask task, Stage stage) {
        try {
            changes.recordDecision(task.getExecution().getProcessBusinessKey(), decisionOn(task, stage));
        } catch (InvalidFieldException refused) {
            // A bad request to the engine (400 through Camunda's REST API); the inbox and deliberations unwrap the
            // refusal itself.
            throw new DecisionRefused(refused, messages);
        }
    }

    private void opened(DelegateTask task, Stage stage, boolean followUp) {
        var group = CandidateGroup.of(task.getCandidates())
                .orElseThrow(() -> new IllegalStateException(task.getTaskDefinitionKey() + " has no candidate group"));
        var number = task.getExecution().getProcessBusinessKey();
        events.publishEvent(new WorkflowTaskOpened(
                task.getId(),
                task.getProcessInstanceId(),
                number,
                task.getTaskDefinitionKey(),
                stage.name(),
                followUp,
                group.role(),
                group.region(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                ClockUtil.getCurrentTime().toInstant()));
        if (followUp) {
            // The model opens a follow-up only when its stage's escalation timer fires.
            events.publishEvent(new DeadlinePassed(number, stage.name(), group.role(), group.region()));
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
