package id.verivali.workflow;

import static id.verivali.bpmn.HouseholdChange.*;

import id.verivali.changerequest.Stage;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the rest of the application when a household change's task opens, is claimed or closes, inside the engine's
 * transaction, so that read models (the inbox) never disagree with the engine.
 */
@Component
class TaskLifecycle {

    static final Map<String, Stage> STAGE_FOLLOWED_UP = Map.of(
            TASK_FOLLOW_UP_FIELD_CHECK, Stage.FIELD_CHECK,
            TASK_FOLLOW_UP_VILLAGE_DELIBERATION, Stage.VILLAGE_DELIBERATION,
            TASK_FOLLOW_UP_PLENARY, Stage.SUBDISTRICT_PLENARY,
            TASK_FOLLOW_UP_DISTRICT_VERIFICATION, Stage.DISTRICT_VERIFICATION,
            TASK_FOLLOW_UP_DISTRICT_APPROVAL, Stage.DISTRICT_APPROVAL,
            TASK_FOLLOW_UP_MINISTRY_DETERMINATION, Stage.MINISTRY_DETERMINATION);

    private final ApplicationEventPublisher events;

    TaskLifecycle(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void onTask(DelegateTask task) {
        var decides = ProcessProgress.STAGE_OF_TASK.get(task.getTaskDefinitionKey());
        var followsUp = STAGE_FOLLOWED_UP.get(task.getTaskDefinitionKey());
        if (decides == null && followsUp == null) {
            return;
        }
        var now = ClockUtil.getCurrentTime().toInstant();
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE ->
                opened(task, decides != null ? decides : followsUp, followsUp != null);
            case TaskListener.EVENTNAME_ASSIGNMENT ->
                events.publishEvent(new WorkflowTaskClaimed(task.getId(), task.getAssignee()));
            case TaskListener.EVENTNAME_COMPLETE ->
                events.publishEvent(new WorkflowTaskClosed(task.getId(), ProcessProgress.actorOf(task), now));
            case TaskListener.EVENTNAME_DELETE -> events.publishEvent(new WorkflowTaskClosed(task.getId(), null, now));
            default -> {}
        }
    }

    private void opened(DelegateTask task, Stage stage, boolean followUp) {
        var group = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(task.getTaskDefinitionKey() + " has no candidate group"));
        var separator = group.indexOf(':');
        events.publishEvent(new WorkflowTaskOpened(
                task.getId(),
                task.getProcessInstanceId(),
                task.getExecution().getProcessBusinessKey(),
                task.getTaskDefinitionKey(),
                stage.name(),
                followUp,
                separator < 0 ? group : group.substring(0, separator),
                separator < 0 ? null : group.substring(separator + 1),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                ClockUtil.getCurrentTime().toInstant()));
    }
}
