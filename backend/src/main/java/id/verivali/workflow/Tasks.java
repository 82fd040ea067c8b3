package id.verivali.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.stereotype.Service;

/**
 * Claims, gives back and completes household-change tasks on the engine as a named official. Whether the official may
 * act on the task is the caller's question (the inbox checks role and region); this class only speaks to the engine
 * and turns its refusals into 409s.
 */
@Service
public class Tasks {

    private final TaskService tasks;
    private final IdentityService identity;

    Tasks(TaskService tasks, IdentityService identity) {
        this.tasks = tasks;
        this.identity = identity;
    }

    public void claim(String taskId, String username) {
        as(username, () -> {
            try {
                tasks.claim(taskId, username);
            } catch (TaskAlreadyClaimedException taken) {
                throw new TaskConflictException("task.claimedByOther", taken.getTaskAssignee());
            }
        });
    }

    public void unclaim(String taskId, String username) {
        as(username, () -> tasks.setAssignee(taskId, null));
    }

    public void complete(String taskId, TaskDecision decision, String username) {
        as(username, () -> tasks.complete(taskId, decision.variables()));
    }

    private void as(String username, Runnable action) {
        var previous = identity.getCurrentAuthentication();
        identity.setAuthenticatedUserId(username);
        try {
            action.run();
        } catch (NullValueException gone) {
            throw new TaskConflictException("task.alreadyDone");
        } catch (OptimisticLockingException raced) {
            throw new TaskConflictException("task.alreadyDone");
        } catch (ProcessEngineException failure) {
            throw EngineFailures.unwrapped(failure);
        } finally {
            identity.setAuthentication(previous);
        }
    }
}
