package id.verivali.workflow;

import java.util.ArrayList;
import java.util.Collection;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Applies decisions recorded elsewhere to their tasks in the engine's jobs, one job a task. A deliberation records
 * what it decided on two hundred households at once; completing each task and opening the next level's takes the
 * engine tens of milliseconds a household, so the deliberation only {@link #schedule schedules} the completions in its
 * own transaction, and the job executor applies them seconds later, as the official who decided.
 *
 * <p>Each job belongs to its task's process instance: the instance's other jobs (its timers) never run beside it, a
 * failure is retried as any job's and then shown as an incident on the instance in Cockpit, and a task that is gone
 * by then (its change was withdrawn, or an administrator completed it) ends its job with nothing done.
 */
@Component
public class DecisionJobs extends AbstractProcessEnginePlugin implements JobHandler<DecisionJobs.Target> {

    /** The jobs' handler type in {@code ACT_RU_JOB.HANDLER_TYPE_}. */
    public static final String TYPE = "verivali-decision";

    private static final Logger log = LoggerFactory.getLogger(DecisionJobs.class);

    /** The kind of record a job written before records had kinds belongs to. */
    private static final String DELIBERATION = "deliberation";

    private final ObjectProvider<DeferredDecisions> decisions;
    private ProcessEngineConfigurationImpl engine;

    DecisionJobs(ObjectProvider<DeferredDecisions> decisions) {
        this.decisions = decisions;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
        var handlers = engine.getCustomJobHandlers() == null
                ? new ArrayList<JobHandler>()
                : new ArrayList<>(engine.getCustomJobHandlers());
        handlers.add(this);
        engine.setCustomJobHandlers(handlers);
    }

    /**
     * Schedules a job for each task, in the caller's transaction: nothing is applied unless it commits, and once it
     * does the job executor is told at once. The tasks must be open.
     *
     * @param kind the {@link DeferredDecisions#kind() kind} of record that keeps the decisions
     */
    public void schedule(String kind, long recordId, Collection<String> taskIds) {
        CommandExecutor commands = engine.getCommandExecutorTxRequired();
        commands.execute(context -> {
            for (var taskId : taskIds) {
                TaskEntity task = context.getTaskManager().findTaskById(taskId);
                if (task == null) {
                    throw new TaskConflictException("task.alreadyDone");
                }
                var job = new MessageEntity();
                job.setJobHandlerType(TYPE);
                job.setJobHandlerConfiguration(new Target(kind, recordId, taskId));
                // Due at once: the job executor takes jobs by due date (application.yaml).
                job.setDuedate(ClockUtil.getCurrentTime());
                job.setExecution(task.getExecution());
                job.setProcessDefinitionId(task.getProcessDefinitionId());
                job.setProcessDefinitionKey(
                        task.getExecution().getProcessDefinition().getKey());
                context.getJobManager().send(job);
            }
            return null;
        });
    }

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public void execute(Target target, ExecutionEntity execution, CommandContext context, String tenantId) {
        var deferred = decisions
                .orderedStream()
                .filter(source -> source.kind().equals(target.kind()))
                .findFirst()
                .orElseThrow(() -> new ProcessEngineException("No record of kind " + target.kind()))
                .find(target.recordId(), target.taskId())
                .orElseThrow(() -> new ProcessEngineException(
                        "Record " + target.recordId() + " decides nothing on task " + target.taskId()));
        var identity = engine.getIdentityService();
        var previous = identity.getCurrentAuthentication();
        identity.setAuthenticatedUserId(deferred.username());
        try {
            context.runWithoutAuthorization(() ->
                    new CompleteTaskCmd(target.taskId(), deferred.decision().variables()).execute(context));
        } catch (NullValueException gone) {
            log.info("Task {} was closed before record {}'s decision reached it", target.taskId(), target.recordId());
        } finally {
            identity.setAuthentication(previous);
        }
    }

    @Override
    public Target newConfiguration(String canonical) {
        var kindEnd = canonical.indexOf(':');
        var kind = kindEnd < 0 ? DELIBERATION : canonical.substring(0, kindEnd);
        var parts = canonical.substring(kindEnd + 1).split("/", 2);
        return new Target(kind, Long.parseLong(parts[0]), parts[1]);
    }

    @Override
    public void onDelete(Target target, JobEntity job) {}

    /**
     * The record that decided and the task it decided, kept as {@code kind:recordId/taskId} (a deliberation's jobs
     * from before records had kinds as {@code recordId/taskId}).
     */
    public record Target(String kind, long recordId, String taskId) implements JobHandlerConfiguration {

        @Override
        public String toCanonicalString() {
            return kind + ":" + recordId + "/" + taskId;
        }
    }
}
