package id.verivali.workflow;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
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
    private final CommandExecutor commands;

    Tasks(TaskService tasks, IdentityService identity, ProcessEngineConfigurationImpl engine) {
        this.tasks = tasks;
        this.identity = identity;
        this.commands = engine.getCommandExecutorTxRequired();
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

    /** Completes a task of another model than the household change's, with the variables it decides by. */
    void complete(String taskId, Map<String, Object> variables, String username) {
        as(username, () -> tasks.complete(taskId, variables));
    }

    /**
     * Completes many tasks, in the given order, as one engine command. The engine then writes them all in one flush,
     * in JDBC batches, instead of one flush per task: what lets a deliberation decide 200 households in about a second.
     * All or nothing; a failure names the task it came from.
     */
    public void completeAll(Map<String, TaskDecision> decisions, String username) {
        as(
                username,
                () -> commands.execute(context -> {
                    decisions.forEach((taskId, decision) -> {
                        try {
                            new CompleteTaskCmd(taskId, decision.variables()).execute(context);
                        } catch (NullValueException | OptimisticLockingException gone) {
                            throw new TaskConflictException("task.alreadyDone");
                        } catch (ProcessEngineException failure) {
                            throw new TaskCompletionFailed(taskId, EngineFailures.unwrapped(failure));
                        } catch (RuntimeException failure) {
                            throw new TaskCompletionFailed(taskId, failure);
                        }
                    });
                    return null;
                }));
    }

    /**
     * Runs the action as the official, so that the engine records them, without the engine's authorization checks:
     * those guard Camunda's REST API, while here Verivali has already checked the official's role and region.
     */
    private void as(String username, Runnable action) {
        var previous = identity.getCurrentAuthentication();
        identity.setAuthenticatedUserId(username);
        try {
            commands.execute(context -> context.runWithoutAuthorization(() -> {
                action.run();
                return null;
            }));
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
