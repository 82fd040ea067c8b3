package id.verivali.workflow;

import static id.verivali.bpmn.HouseholdChange.*;

import id.verivali.changerequest.Stage;
import id.verivali.workflow.ProcessRecord.ActivityRun;
import id.verivali.workflow.ProcessRecord.Assignment;
import id.verivali.workflow.ProcessRecord.Definition;
import id.verivali.workflow.ProcessRecord.Diagram;
import id.verivali.workflow.ProcessRecord.Milestone;
import id.verivali.workflow.ProcessRecord.Operation;
import id.verivali.workflow.ProcessRecord.TakenFlow;
import id.verivali.workflow.ProcessRecord.TaskRun;
import id.verivali.workflow.ProcessRecord.TimerFired;
import id.verivali.workflow.ProcessRecord.TimerPurpose;
import id.verivali.workflow.ProcessRecord.VariableUpdate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the engine's history keeps of one process instance (at the level {@link AuditTrailHistoryLevel} keeps), joined with the flows it took,
 * for the auditor's replay of a change. A handful of queries by process instance, whatever the instance's length.
 */
@Service
public class ProcessHistory {

    private static final Map<String, Milestone> MILESTONES = Map.of(
            TASK_NIK_AND_REGION_CHECK, Milestone.NIK_AND_REGION_CHECK,
            TASK_CIVIL_REGISTRY_CHECK, Milestone.CIVIL_REGISTRY_CHECK,
            TASK_DUPLICATE_CHECK, Milestone.DUPLICATE_CHECK,
            TASK_APPLY_CHANGE, Milestone.APPLIED,
            START_WITHDRAWAL, Milestone.WITHDRAWAL_REQUESTED,
            END_APPROVED, Milestone.ENDED_APPROVED,
            END_REJECTED, Milestone.ENDED_REJECTED,
            END_REJECTED_BY_CHECKS, Milestone.ENDED_REJECTED_BY_CHECKS,
            END_WITHDRAWN, Milestone.ENDED_WITHDRAWN);

    private record Timer(Stage stage, TimerPurpose purpose) {}

    private static final Map<String, Timer> TIMERS = Map.ofEntries(
            Map.entry(TIMER_REMIND_FIELD_CHECK, new Timer(Stage.FIELD_CHECK, TimerPurpose.REMIND)),
            Map.entry(TIMER_ESCALATE_FIELD_CHECK, new Timer(Stage.FIELD_CHECK, TimerPurpose.ESCALATE)),
            Map.entry(TIMER_REMIND_VILLAGE_DELIBERATION, new Timer(Stage.VILLAGE_DELIBERATION, TimerPurpose.REMIND)),
            Map.entry(
                    TIMER_ESCALATE_VILLAGE_DELIBERATION, new Timer(Stage.VILLAGE_DELIBERATION, TimerPurpose.ESCALATE)),
            Map.entry(TIMER_REMIND_PLENARY, new Timer(Stage.SUBDISTRICT_PLENARY, TimerPurpose.REMIND)),
            Map.entry(TIMER_ESCALATE_PLENARY, new Timer(Stage.SUBDISTRICT_PLENARY, TimerPurpose.ESCALATE)),
            Map.entry(TIMER_REMIND_DISTRICT_VERIFICATION, new Timer(Stage.DISTRICT_VERIFICATION, TimerPurpose.REMIND)),
            Map.entry(
                    TIMER_ESCALATE_DISTRICT_VERIFICATION,
                    new Timer(Stage.DISTRICT_VERIFICATION, TimerPurpose.ESCALATE)),
            Map.entry(TIMER_REMIND_DISTRICT_APPROVAL, new Timer(Stage.DISTRICT_APPROVAL, TimerPurpose.REMIND)),
            Map.entry(TIMER_ESCALATE_DISTRICT_APPROVAL, new Timer(Stage.DISTRICT_APPROVAL, TimerPurpose.ESCALATE)),
            Map.entry(
                    TIMER_REMIND_MINISTRY_DETERMINATION, new Timer(Stage.MINISTRY_DETERMINATION, TimerPurpose.REMIND)),
            Map.entry(
                    TIMER_ESCALATE_MINISTRY_DETERMINATION,
                    new Timer(Stage.MINISTRY_DETERMINATION, TimerPurpose.ESCALATE)),
            Map.entry(TIMER_WAIT_FOR_NEXT_CYCLE, new Timer(Stage.MINISTRY_DETERMINATION, TimerPurpose.NEXT_CYCLE)));

    /** The engine's words for an identity link's history (HistoryEventTypes.IDENTITY_LINK_ADD and _DELETE). */
    private static final String LINK_ADDED = "add";

    /** A historic task's delete reason once it was completed rather than cancelled (TaskEntity). */
    private static final String COMPLETED = "completed";

    private final HistoryService history;
    private final RepositoryService repository;
    private final JdbcTemplate jdbc;
    private final TakenFlows flows;

    /** Deployed models never change, and each is about 70 KB to read. */
    private final Map<String, String> models = new ConcurrentHashMap<>();

    ProcessHistory(HistoryService history, RepositoryService repository, JdbcTemplate jdbc, TakenFlows flows) {
        this.history = history;
        this.repository = repository;
        this.jdbc = jdbc;
        this.flows = flows;
    }

    /** Everything the engine's history holds of the instance; empty when it holds nothing (never started, cleaned up). */
    @Transactional(readOnly = true)
    public Optional<ProcessRecord> of(String processInstanceId) {
        var instance = instance(processInstanceId);
        if (instance == null) {
            return Optional.empty();
        }
        var taken = flows.of(processInstanceId);
        var operations = operations(processInstanceId);
        var activities = activities(processInstanceId, taken, completers(operations));
        var links = new IdentityLinks(processInstanceId);
        return Optional.of(new ProcessRecord(
                processInstanceId,
                definitionOf(instance),
                instant(instance.getStartTime()),
                instant(instance.getEndTime()),
                instance.getEndActivityId(),
                activities,
                tasks(processInstanceId, activities, links.candidateGroups),
                links.assignments,
                operations,
                decisionVariables(processInstanceId),
                timersFired(processInstanceId, activities),
                taken));
    }

    /** The deployed model the instance runs and what of it the instance has run so far. */
    @Transactional(readOnly = true)
    public Optional<Diagram> diagram(String processInstanceId) {
        var instance = instance(processInstanceId);
        if (instance == null) {
            return Optional.empty();
        }
        var taken = flows.of(processInstanceId);
        return Optional.of(new Diagram(
                definitionOf(instance),
                models.computeIfAbsent(instance.getProcessDefinitionId(), this::model),
                activities(processInstanceId, taken, completers(operations(processInstanceId))),
                taken));
    }

    private HistoricProcessInstance instance(String processInstanceId) {
        return history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
    }

    private static Definition definitionOf(HistoricProcessInstance instance) {
        return new Definition(
                instance.getProcessDefinitionId(),
                instance.getProcessDefinitionKey(),
                instance.getProcessDefinitionVersion());
    }

    private String model(String processDefinitionId) {
        try (InputStream xml = repository.getProcessModel(processDefinitionId)) {
            return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * Every activity run, each with the flows it came in and left by. The k-th run of an activity came in by the k-th
     * flow into it and, among its runs that were not cancelled, left by the k-th flow out of it; where the counts do not
     * agree (an instance begun before flows were recorded) the flows are left out rather than guessed.
     */
    private List<ActivityRun> activities(
            String processInstanceId, List<TakenFlow> taken, Map<String, String> completers) {
        var found = history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .orderPartiallyByOccurrence()
                .asc()
                .list();
        var into = seqsBy(taken, TakenFlow::targetActivityId);
        var outOf = seqsBy(taken, TakenFlow::sourceActivityId);
        var runs = new HashMap<String, Integer>();
        var leaving = new HashMap<String, Integer>();
        for (var activity : found) {
            runs.merge(activity.getActivityId(), 1, Integer::sum);
            if (activity.getEndTime() != null && !activity.isCanceled()) {
                leaving.merge(activity.getActivityId(), 1, Integer::sum);
            }
        }
        into.entrySet().removeIf(flows -> flows.getValue().size() != runs.getOrDefault(flows.getKey(), 0));
        outOf.entrySet().removeIf(flows -> flows.getValue().size() != leaving.getOrDefault(flows.getKey(), 0));

        var activities = new ArrayList<ActivityRun>(found.size());
        for (HistoricActivityInstance activity : found) {
            var id = activity.getActivityId();
            var left = activity.getEndTime() != null && !activity.isCanceled();
            activities.add(new ActivityRun(
                    activity.getId(),
                    activity.getParentActivityInstanceId(),
                    id,
                    activity.getActivityName(),
                    activity.getActivityType(),
                    instant(activity.getStartTime()),
                    instant(activity.getEndTime()),
                    activity.getTaskId(),
                    activity.getTaskId() == null
                            ? null
                            : completers.getOrDefault(activity.getTaskId(), activity.getAssignee()),
                    activity.isCanceled(),
                    MILESTONES.get(id),
                    into.containsKey(id) ? into.get(id).poll() : null,
                    left && outOf.containsKey(id) ? outOf.get(id).poll() : null));
        }
        return activities;
    }

    private static Map<String, Queue<Integer>> seqsBy(List<TakenFlow> taken, Function<TakenFlow, String> end) {
        var seqs = new HashMap<String, Queue<Integer>>();
        taken.forEach(flow ->
                seqs.computeIfAbsent(end.apply(flow), id -> new ArrayDeque<>()).add(flow.seq()));
        return seqs;
    }

    /** The household-change tasks, in the order of the activity runs they belong to. */
    private List<TaskRun> tasks(
            String processInstanceId, List<ActivityRun> activities, Map<String, List<String>> candidateGroups) {
        var byTask = new HashMap<String, ActivityRun>();
        activities.stream().filter(a -> a.taskId() != null).forEach(a -> byTask.put(a.taskId(), a));
        var tasks = new ArrayList<TaskRun>();
        for (var task : history.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .list()) {
            var decides = StageTasks.DECIDING.get(task.getTaskDefinitionKey());
            var followsUp = StageTasks.FOLLOWING_UP.get(task.getTaskDefinitionKey());
            var run = byTask.get(task.getId());
            var completed = COMPLETED.equals(task.getDeleteReason());
            tasks.add(new TaskRun(
                    task.getId(),
                    task.getTaskDefinitionKey(),
                    task.getName(),
                    task.getActivityInstanceId(),
                    decides != null ? decides : followsUp,
                    followsUp != null,
                    instant(task.getStartTime()),
                    instant(task.getDueDate()),
                    instant(task.getEndTime()),
                    completed,
                    task.getAssignee(),
                    completed && run != null ? run.actor() : null,
                    candidateGroups.getOrDefault(task.getId(), List.of()),
                    run == null ? null : run.enteredBy(),
                    run == null ? null : run.leftBy()));
        }
        var order = new HashMap<String, Integer>();
        for (int i = 0; i < activities.size(); i++) {
            order.put(activities.get(i).activityInstanceId(), i);
        }
        tasks.sort((a, b) -> Integer.compare(
                order.getOrDefault(a.activityInstanceId(), Integer.MAX_VALUE),
                order.getOrDefault(b.activityInstanceId(), Integer.MAX_VALUE)));
        return tasks;
    }

    private List<Operation> operations(String processInstanceId) {
        return history
                .createUserOperationLogQuery()
                .processInstanceId(processInstanceId)
                .orderByTimestamp()
                .asc()
                .list()
                .stream()
                .map(entry -> new Operation(
                        entry.getOperationId(),
                        entry.getOperationType(),
                        entry.getEntityType(),
                        entry.getTaskId(),
                        entry.getProperty(),
                        entry.getOrgValue(),
                        entry.getNewValue(),
                        entry.getUserId(),
                        instant(entry.getTimestamp())))
                .toList();
    }

    /** Who completed each task, as the engine's operation log has it (the user the engine was told acts). */
    private static Map<String, String> completers(List<Operation> operations) {
        var completers = new HashMap<String, String>();
        operations.stream()
                .filter(op -> UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(op.type())
                        && op.taskId() != null
                        && op.userId() != null)
                .forEach(op -> completers.put(op.taskId(), op.userId()));
        return completers;
    }

    private List<VariableUpdate> decisionVariables(String processInstanceId) {
        return history
                .createHistoricDetailQuery()
                .processInstanceId(processInstanceId)
                .variableUpdates()
                .disableBinaryFetching()
                .disableCustomObjectDeserialization()
                .orderPartiallyByOccurrence()
                .asc()
                .list()
                .stream()
                .map(HistoricVariableUpdate.class::cast)
                .filter(update -> TaskDecision.VARIABLES.contains(update.getVariableName()))
                .map(update -> new VariableUpdate(
                        update.getVariableName(),
                        update.getValue() == null ? null : update.getValue().toString(),
                        update.getActivityInstanceId(),
                        update.getTaskId(),
                        instant(update.getTime()),
                        update.getRevision()))
                .toList();
    }

    /**
     * The model's timers that fired, from their activity runs (a boundary timer runs only when it fires; the cycle's
     * wait ends uncancelled only when it fires), each with its job's due date from the job log. The run's end is when
     * it fired: the job log's entry is written once the whole job is done, after what the timer led to.
     */
    private List<TimerFired> timersFired(String processInstanceId, List<ActivityRun> activities) {
        var fired = activities.stream()
                .filter(a -> TIMERS.containsKey(a.activityId()) && a.endedAt() != null && !a.canceled())
                .toList();
        if (fired.isEmpty()) {
            // A change none of whose timers fired needs nothing from the job log.
            return List.of();
        }
        var jobs = new HashMap<String, Queue<HistoricJobLog>>();
        history
                .createHistoricJobLogQuery()
                .processInstanceId(processInstanceId)
                .successLog()
                .orderByTimestamp()
                .asc()
                .list()
                .stream()
                .filter(job -> TIMERS.containsKey(job.getActivityId()))
                .forEach(job -> jobs.computeIfAbsent(job.getActivityId(), id -> new ArrayDeque<>())
                        .add(job));
        var timers = new ArrayList<TimerFired>();
        for (var activity : fired) {
            var timer = TIMERS.get(activity.activityId());
            var queue = jobs.get(activity.activityId());
            var job = queue == null ? null : queue.poll();
            timers.add(new TimerFired(
                    activity.activityId(),
                    activity.activityName(),
                    timer.stage(),
                    timer.purpose(),
                    activity.endedAt(),
                    job == null ? null : instant(job.getJobDueDate()),
                    job == null ? null : job.getJobId(),
                    activity.leftBy()));
        }
        return timers;
    }

    /**
     * The candidate groups and the claims of the instance's tasks. Camunda's query of this history filters by one task
     * at a time only, so it is read by its indexed root process instance in one statement instead of a query per task.
     */
    private final class IdentityLinks {

        final Map<String, List<String>> candidateGroups = new HashMap<>();
        final List<Assignment> assignments = new ArrayList<>();

        IdentityLinks(String processInstanceId) {
            jdbc.query(
                    """
                    select TASK_ID_, TYPE_, USER_ID_, GROUP_ID_, OPERATION_TYPE_, ASSIGNER_ID_, TIMESTAMP_
                    from ACT_HI_IDENTITYLINK where ROOT_PROC_INST_ID_ = ? and TASK_ID_ is not null
                    order by TIMESTAMP_""",
                    row -> {
                        var taskId = row.getString("TASK_ID_");
                        var type = row.getString("TYPE_");
                        var added = LINK_ADDED.equals(row.getString("OPERATION_TYPE_"));
                        if (IdentityLinkType.CANDIDATE.equals(type) && added && row.getString("GROUP_ID_") != null) {
                            candidateGroups
                                    .computeIfAbsent(taskId, id -> new ArrayList<>())
                                    .add(row.getString("GROUP_ID_"));
                        } else if (IdentityLinkType.ASSIGNEE.equals(type)) {
                            assignments.add(new Assignment(
                                    taskId,
                                    row.getString("USER_ID_"),
                                    added,
                                    row.getString("ASSIGNER_ID_"),
                                    row.getTimestamp("TIMESTAMP_").toInstant()));
                        }
                    },
                    processInstanceId);
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
