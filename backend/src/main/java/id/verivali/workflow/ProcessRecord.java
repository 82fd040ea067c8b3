package id.verivali.workflow;

import id.verivali.changerequest.Stage;
import java.time.Instant;
import java.util.List;

/**
 * What the engine's history (level FULL) and the taken flows hold of one household change's process instance, in
 * plain terms: the model's element ids are kept (a diagram needs them), and what each element means to the chain is
 * said beside it (its stage, its check, its ending). Every list is in the order things happened.
 *
 * @param endActivityId the end event it finished at; null while it runs
 */
public record ProcessRecord(
        String processInstanceId,
        Definition definition,
        Instant startedAt,
        Instant endedAt,
        String endActivityId,
        List<ActivityRun> activities,
        List<TaskRun> tasks,
        List<Assignment> assignments,
        List<Operation> operations,
        List<VariableUpdate> decisionVariables,
        List<TimerFired> timersFired,
        List<TakenFlow> takenFlows) {

    /** The deployed process definition the instance ran. */
    public record Definition(String id, String key, int version) {}

    /**
     * One run of one activity (an activity in a loop runs once per pass).
     *
     * @param parentActivityInstanceId the run of the scope it ran in: a stage's sub-process, or the process itself
     * @param actor for a user task, who completed it (or, failing that, its assignee)
     * @param milestone what the activity means to the change; null for the rest (gateways, sub-processes, tasks)
     * @param enteredBy the {@link TakenFlow#seq() seq} of the flow that led into this run; null for start and boundary
     *     events, and for instances older than the flow record
     * @param leftBy the seq of the flow this run left by; null while it runs, when it was cancelled, and for end events
     */
    public record ActivityRun(
            String activityInstanceId,
            String parentActivityInstanceId,
            String activityId,
            String activityName,
            String activityType,
            Instant startedAt,
            Instant endedAt,
            String taskId,
            String actor,
            boolean canceled,
            Milestone milestone,
            Integer enteredBy,
            Integer leftBy) {}

    /** The activities that mark a step of the change outside the people's tasks. */
    public enum Milestone {
        NIK_AND_REGION_CHECK,
        CIVIL_REGISTRY_CHECK,
        DUPLICATE_CHECK,
        /** The approved change written into the registry. */
        APPLIED,
        /** The proposer's withdrawal reached the process. */
        WITHDRAWAL_REQUESTED,
        ENDED_APPROVED,
        ENDED_REJECTED,
        ENDED_REJECTED_BY_CHECKS,
        ENDED_WITHDRAWN
    }

    /**
     * A person's task: a level's decision, or the follow-up of an overdue level in the inbox of the level above.
     *
     * @param stage the level the task decides or follows up
     * @param completed false for a task cancelled with its stage (a withdrawal, a follow-up whose overdue task was
     *     decided)
     * @param completedBy who completed it: the engine's operation log, or else its assignee
     * @param candidateGroups as the model gave them, {@code VILLAGE_HEAD:61.12.04.2002}
     * @param enteredBy see {@link ActivityRun#enteredBy()}
     * @param leftBy see {@link ActivityRun#leftBy()}
     */
    public record TaskRun(
            String taskId,
            String taskKey,
            String name,
            String activityInstanceId,
            Stage stage,
            boolean followUp,
            Instant createdAt,
            Instant dueAt,
            Instant endedAt,
            boolean completed,
            String assignee,
            String completedBy,
            List<String> candidateGroups,
            Integer enteredBy,
            Integer leftBy) {}

    /**
     * A task was claimed ({@code claimed}: given to {@code assignee}) or given back; {@code by} is who did it, when the
     * engine knew.
     */
    public record Assignment(String taskId, String assignee, boolean claimed, String by, Instant at) {}

    /** One line of the engine's user operation log: one property an operation changed (claim, complete, …). */
    public record Operation(
            String operationId,
            String type,
            String entityType,
            String taskId,
            String property,
            String orgValue,
            String newValue,
            String userId,
            Instant at) {}

    /** A decision variable ({@code decision}, {@code decisionReason}, …) as a task's completion set it. */
    public record VariableUpdate(
            String name, String value, String activityInstanceId, String taskId, Instant at, int revision) {}

    /**
     * A timer that fired: a reminder before a level's due date, the escalation at it, or the wait for the ministry's
     * next monthly cycle.
     *
     * @param stage the level it watches; {@link Stage#MINISTRY_DETERMINATION} for the next cycle
     * @param dueAt when the timer was due, from the engine's job log
     * @param leftBy see {@link ActivityRun#leftBy()}
     */
    public record TimerFired(
            String activityId,
            String activityName,
            Stage stage,
            TimerPurpose purpose,
            Instant firedAt,
            Instant dueAt,
            String jobId,
            Integer leftBy) {}

    public enum TimerPurpose {
        REMIND,
        ESCALATE,
        NEXT_CYCLE
    }

    /** A sequence flow the instance took; {@code seq} numbers them from 1 in the order they were taken. */
    public record TakenFlow(
            int seq, String flowId, String sourceActivityId, String targetActivityId, Instant takenAt) {}

    /** The model as deployed, with what this instance ran in it: enough for a viewer to replay the path. */
    public record Diagram(
            Definition definition, String bpmnXml, List<ActivityRun> activities, List<TakenFlow> takenFlows) {}
}
