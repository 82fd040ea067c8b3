package id.verivali.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.verivali.audit.AuditAction;
import id.verivali.audit.AuditEntry;
import id.verivali.changerequest.ChangeRequestDetails;
import id.verivali.changerequest.ChangeRequestView;
import id.verivali.changerequest.CheckFailure;
import id.verivali.changerequest.Decision;
import id.verivali.changerequest.DecisionView;
import id.verivali.changerequest.ProposedChange;
import id.verivali.changerequest.Stage;
import id.verivali.deliberation.ChangeDeliberationView;
import id.verivali.household.Nik;
import id.verivali.workflow.ProcessRecord;
import id.verivali.workflow.ProcessRecord.ActivityRun;
import id.verivali.workflow.ProcessRecord.Assignment;
import id.verivali.workflow.ProcessRecord.Milestone;
import id.verivali.workflow.ProcessRecord.TaskRun;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

/**
 * Assembles one change's timeline from what each part of the system keeps of it: the engine's history (activities,
 * tasks, claims, timers, the flows taken), the change's own decisions and check findings, the deliberations that
 * decided it and the audit log.
 *
 * <p>Events are in time order. Events at the same time (one engine command, or whole seconds on MySQL) are in the
 * order the process went through them: each event is anchored to the taken flow it came just before or after, and the
 * flows' order is exact. Everything the engine did is timed by the engine's clock, domain records included where the
 * engine did them in the same transaction (a proposal starts its process, a deliberation completes its tasks), so that
 * one clock orders the whole replay.
 */
final class Timeline {

    private static final Set<String> NIK_AND_REGION_FAILURES = Set.of(
            CheckFailure.UNKNOWN_REGION.name(),
            CheckFailure.INVALID_NIK.name(),
            CheckFailure.NIK_CONTRADICTS_MEMBER.name(),
            CheckFailure.INVALID_KK.name());
    private static final Set<String> MASKED_FIELDS = Set.of("nik", "kkNumber");
    private static final String PASSED = "PASSED";
    private static final Set<Milestone> ENDINGS = EnumSet.of(
            Milestone.ENDED_APPROVED,
            Milestone.ENDED_REJECTED,
            Milestone.ENDED_REJECTED_BY_CHECKS,
            Milestone.ENDED_WITHDRAWN);

    private final ChangeRequestDetails details;
    private final ChangeRequestView change;
    private final ProcessRecord record;
    private final ObjectMapper json;
    private final List<Draft> drafts = new ArrayList<>();

    private Draft proposal;
    private Draft applied;
    private Draft withdrawn;

    private Timeline(ChangeRequestDetails details, ProcessRecord record, ObjectMapper json) {
        this.details = details;
        this.change = details.change();
        this.record = record;
        this.json = json;
    }

    /**
     * @param proposed the proposed values; null for a change that proposes none beyond its household
     * @param record the engine's history of the change's process; null when it has none (cleaned up after its
     *     time to live), and then the timeline holds what the domain and the audit log keep
     */
    static List<TimelineEvent> of(
            ChangeRequestDetails details,
            ProposedChange proposed,
            ProcessRecord record,
            List<ChangeDeliberationView> deliberations,
            List<AuditEntry> audit,
            ObjectMapper json) {
        var timeline = new Timeline(details, record, json);
        timeline.proposal(proposed);
        var decisions = new EnumMap<Stage, Queue<DecisionView>>(Stage.class);
        details.decisions()
                .forEach(d -> decisions
                        .computeIfAbsent(d.stage(), s -> new ArrayDeque<>())
                        .add(d));
        var byTask = new LinkedHashMap<String, ChangeDeliberationView>();
        deliberations.forEach(d -> byTask.put(d.taskId(), d));
        if (record != null) {
            timeline.engine(decisions, byTask);
        } else if (details.change().appliedAt() != null) {
            timeline.applied = timeline.draft(details.change().appliedAt(), TimelineKind.APPLIED, null);
        }
        // What the engine's history no longer shows, the domain still does.
        decisions.values().forEach(left -> left.forEach(d -> timeline.decided(d, d.decidedAt(), null)));
        byTask.values().forEach(d -> timeline.deliberation(d, d.recordedAt(), null));
        timeline.audit(audit);
        return timeline.drafts.stream().sorted(Draft.ORDER).map(Draft::event).toList();
    }

    private void proposal(ProposedChange proposed) {
        proposal = draft(record != null ? record.startedAt() : change.proposedAt(), TimelineKind.CHANGE_PROPOSED, 0.0);
        proposal.actor = change.proposedBy();
        proposal.stage = Stage.CHECKS;
        var values = new LinkedHashMap<String, Object>();
        values.put("type", change.type());
        values.put("removalReason", change.removalReason());
        values.put("reason", change.reason());
        values.put("note", change.note());
        values.put("householdId", change.householdId());
        values.put("memberId", change.memberId());
        if (proposed != null) {
            values.put("household", proposed.household());
            values.put("member", proposed.member());
            values.put("update", proposed.update());
        }
        values.values().removeIf(value -> value == null);
        proposal.details = masked(json.valueToTree(values));
    }

    private void engine(Map<Stage, Queue<DecisionView>> decisions, Map<String, ChangeDeliberationView> deliberations) {
        var runs = new HashMap<String, ActivityRun>();
        ActivityRun withdrawal = null;
        boolean checksRecorded = record.activities().stream()
                .anyMatch(a -> a.milestone() == Milestone.DUPLICATE_CHECK && a.endedAt() != null);
        for (var activity : record.activities()) {
            runs.put(activity.activityInstanceId(), activity);
            if (activity.milestone() == null || activity.endedAt() == null || activity.canceled()) {
                continue;
            }
            switch (activity.milestone()) {
                case NIK_AND_REGION_CHECK, CIVIL_REGISTRY_CHECK, DUPLICATE_CHECK -> check(activity, checksRecorded);
                case APPLIED -> {
                    applied = draft(activity.endedAt(), TimelineKind.APPLIED, before(activity.leftBy()));
                    applied.activity(activity);
                    applied.stage = Stage.MINISTRY_DETERMINATION;
                }
                case WITHDRAWAL_REQUESTED -> withdrawal = activity;
                default -> {}
            }
        }
        if (withdrawal != null) {
            withdrawn = draft(withdrawal.startedAt(), TimelineKind.WITHDRAWN, before(withdrawal.leftBy()));
            withdrawn.activity(withdrawal);
            withdrawn.actor = change.proposedBy();
        }
        record.timersFired().forEach(timer -> {
            var fired = draft(timer.firedAt(), TimelineKind.TIMER_FIRED, before(timer.leftBy()));
            fired.activityId = timer.activityId();
            fired.activityName = timer.activityName();
            fired.stage = timer.stage();
            fired.timer = timer.purpose().name();
            if (timer.jobId() != null) {
                var about = json.createObjectNode();
                about.put("jobId", timer.jobId());
                if (timer.dueAt() != null) {
                    about.put("dueAt", timer.dueAt().toString());
                }
                fired.details = about;
            }
        });
        tasks(decisions, deliberations, runs, withdrawal);
        if (record.endedAt() != null) {
            var ended = draft(
                    record.endedAt(),
                    TimelineKind.ENDED,
                    (double) record.takenFlows().size() + 1);
            // The end event reached: the engine names the event sub-process for a withdrawal.
            record.activities().stream()
                    .filter(a -> ENDINGS.contains(a.milestone()) && a.endedAt() != null)
                    .reduce((first, last) -> last)
                    .ifPresentOrElse(ended::activity, () -> ended.activityId = record.endActivityId());
            ended.result = change.status().name();
        }
    }

    private void check(ActivityRun activity, boolean recorded) {
        var check = draft(activity.endedAt(), TimelineKind.CHECK_COMPLETED, before(activity.leftBy()));
        check.activity(activity);
        check.stage = Stage.CHECKS;
        if (!recorded) {
            // The duplicate check records what all three found; until then no result is known.
            return;
        }
        var findings = details.checks();
        var about = json.createObjectNode();
        switch (activity.milestone()) {
            case NIK_AND_REGION_CHECK ->
                check.result = findings.failure() != null && NIK_AND_REGION_FAILURES.contains(findings.failure())
                        ? findings.failure()
                        : PASSED;
            case CIVIL_REGISTRY_CHECK -> {
                check.result = change.civilRegistryResult();
                about.set("matches", json.valueToTree(findings.civilRegistryMatches()));
            }
            default -> {
                check.result =
                        CheckFailure.DUPLICATE_NIK.name().equals(findings.failure()) ? findings.failure() : PASSED;
                about.set("duplicateHouseholdIds", json.valueToTree(findings.duplicateHouseholdIds()));
            }
        }
        check.details = about.isEmpty() ? null : about;
    }

    private void tasks(
            Map<Stage, Queue<DecisionView>> decisions,
            Map<String, ChangeDeliberationView> deliberations,
            Map<String, ActivityRun> runs,
            ActivityRun withdrawal) {
        var claims = new HashMap<String, List<Assignment>>();
        record.assignments()
                .forEach(a -> claims.computeIfAbsent(a.taskId(), id -> new ArrayList<>())
                        .add(a));
        var variables = decisionVariablesByTask();
        // The completed decision task of each stage run, for the follow-ups it closed.
        var decidedInScope = new HashMap<String, TaskRun>();
        var tasks = record.tasks();
        for (int i = 0; i < tasks.size(); i++) {
            var task = tasks.get(i);
            var run = runs.get(task.activityInstanceId());
            opened(task, claims.getOrDefault(task.taskId(), List.of()));
            if (task.endedAt() == null) {
                continue;
            }
            if (!task.completed()) {
                canceled(task, run, decidedInScope, withdrawal);
                continue;
            }
            var deliberation = deliberations.remove(task.taskId());
            if (deliberation != null) {
                deliberation(deliberation, task.endedAt(), before(task.leftBy(), 0.3))
                        .task(task);
            }
            var decision = task.followUp()
                    ? null
                    : decisions.getOrDefault(task.stage(), new ArrayDeque<>()).poll();
            var completed = decision != null
                    ? decided(decision, task.endedAt(), before(task.leftBy()))
                    : draft(task.endedAt(), TimelineKind.TASK_COMPLETED, before(task.leftBy()));
            completed.task(task);
            if (completed.actor == null) {
                completed.actor = task.completedBy();
            }
            var engine =
                    variables.getOrDefault(task.taskId(), variables.get(run == null ? null : run.activityInstanceId()));
            if (engine != null && !task.followUp()) {
                var about = json.createObjectNode();
                about.set("engineVariables", engine);
                completed.details = about;
            }
            if (run != null && !task.followUp()) {
                decidedInScope.put(run.parentActivityInstanceId(), task);
            }
            if (decision != null && decision.decision() == Decision.RETURN) {
                returned(decision, task, tasks.subList(i + 1, tasks.size()));
            }
        }
    }

    /** The decision variables each task (or, for a deliberation's, its activity instance) wrote. */
    private Map<String, ObjectNode> decisionVariablesByTask() {
        var variables = new HashMap<String, ObjectNode>();
        record.decisionVariables().forEach(update -> {
            var key = update.taskId() != null ? update.taskId() : update.activityInstanceId();
            variables.computeIfAbsent(key, k -> json.createObjectNode()).put(update.name(), update.value());
        });
        return variables;
    }

    /** A task created (or a follow-up opened by an escalation) with its due date, then each claim and release. */
    private void opened(TaskRun task, List<Assignment> claims) {
        var opened = draft(
                task.createdAt(),
                task.followUp() ? TimelineKind.ESCALATED : TimelineKind.TASK_CREATED,
                after(task.enteredBy(), 0.1));
        opened.task(task);
        opened.candidateGroup =
                task.candidateGroups().isEmpty() ? null : task.candidateGroups().get(0);
        if (task.dueAt() != null) {
            var due = json.createObjectNode();
            due.put("dueAt", task.dueAt().toString());
            opened.details = due;
        }
        for (var claim : claims) {
            var claimed = draft(
                    claim.at(),
                    claim.claimed() ? TimelineKind.TASK_CLAIMED : TimelineKind.TASK_UNCLAIMED,
                    after(task.enteredBy(), 0.2));
            claimed.task(task);
            claimed.actor = claim.by() != null ? claim.by() : claim.assignee();
            var assignee = json.createObjectNode();
            assignee.put("assignee", claim.assignee());
            claimed.details = assignee;
        }
    }

    /**
     * A task closed undecided. A follow-up closes when its overdue task in the same stage run is decided; anything
     * open when the proposer withdraws closes just before the withdrawal.
     */
    private void canceled(TaskRun task, ActivityRun run, Map<String, TaskRun> decidedInScope, ActivityRun withdrawal) {
        Double anchor = null;
        var decided = run == null ? null : decidedInScope.get(run.parentActivityInstanceId());
        if (task.followUp() && decided != null) {
            anchor = after(decided.leftBy(), 0.1);
        } else if (withdrawal != null) {
            anchor = before(withdrawal.leftBy(), 0.3);
        }
        draft(task.endedAt(), TimelineKind.TASK_CANCELED, anchor).task(task);
    }

    private void returned(DecisionView decision, TaskRun task, List<TaskRun> later) {
        var back = draft(task.endedAt(), TimelineKind.RETURNED, after(task.leftBy(), 0.05));
        back.task(task);
        back.actor = decision.actor();
        back.decision = decision.decision();
        back.reason = decision.reason();
        later.stream().filter(t -> !t.followUp()).findFirst().ifPresent(next -> {
            var to = json.createObjectNode();
            to.put("returnedTo", next.stage().name());
            back.details = to;
        });
    }

    private Draft decided(DecisionView decision, Instant at, Double anchor) {
        var completed = draft(at, TimelineKind.TASK_COMPLETED, anchor);
        completed.stage = decision.stage();
        completed.actor = decision.actor();
        completed.decision = decision.decision();
        completed.reason = decision.reason();
        completed.note = decision.note();
        completed.reference = decision.reference();
        completed.referenceDate = decision.referenceDate();
        return completed;
    }

    private Draft deliberation(ChangeDeliberationView deliberation, Instant at, Double anchor) {
        var held = draft(at, TimelineKind.DELIBERATION, anchor);
        held.actor = deliberation.heldBy();
        held.stage = deliberation.stage();
        held.taskId = deliberation.taskId();
        held.decision = deliberation.decision();
        held.reason = deliberation.reason();
        held.note = deliberation.note();
        held.reference = deliberation.minutesNumber();
        held.referenceDate = deliberation.heldOn();
        var about = json.createObjectNode();
        about.put("deliberationId", deliberation.id());
        about.put("level", deliberation.level());
        if (deliberation.regionCode() != null) {
            about.put("regionCode", deliberation.regionCode());
        }
        about.put("heldOn", deliberation.heldOn().toString());
        about.put("place", deliberation.place());
        about.put("minutesNumber", deliberation.minutesNumber());
        about.put("minutesSha256", deliberation.minutesSha256());
        about.put("recordedAt", deliberation.recordedAt().toString());
        held.details = about;
        return held;
    }

    /**
     * The audit log's events about the change. The proposal, the registry change and the withdrawal are events of
     * their own already: their audit records give them their details (and who, where the audit log knows better).
     */
    private void audit(List<AuditEntry> entries) {
        for (var entry : entries) {
            var target = switch (entry.action()) {
                case CHANGE_PROPOSED -> proposal;
                case CHANGE_APPLIED -> applied;
                case CHANGE_WITHDRAWN -> withdrawn;
                default -> null;
            };
            if (target != null && !target.audited) {
                target.audited = true;
                target.actor = entry.actor();
                // The proposal's own view of its values stays; the registry's before and after exist only here.
                if (target.details == null && entry.details() != null) {
                    target.details = parsed(entry.details());
                }
                continue;
            }
            if (entry.action() == AuditAction.FIELD_VISIT_RECORDED && entry.details() != null) {
                fieldVisit(entry);
                continue;
            }
            var event = draft(entry.occurredAt(), TimelineKind.AUDIT_EVENT, null);
            event.actor = entry.actor();
            event.action = entry.action().name();
            event.details = entry.details() == null ? null : parsed(entry.details());
        }
    }

    /**
     * A visit decided from the field-check form is recorded as its task completes: it is shown just before that
     * completion. One decided by an imported sheet comes earlier, when the import was confirmed.
     */
    private void fieldVisit(AuditEntry entry) {
        var details = masked(parsed(entry.details()));
        var taskId = details.path("taskId").asText(null);
        boolean fromTheForm = details.path("decided").asBoolean() && !details.hasNonNull("importId");
        var completion = drafts.stream()
                .filter(d -> fromTheForm
                        && d.kind == TimelineKind.TASK_COMPLETED
                        && taskId != null
                        && taskId.equals(d.taskId))
                .findFirst();
        var visit = draft(
                completion.map(d -> d.at).orElse(entry.occurredAt()),
                TimelineKind.FIELD_VISIT,
                completion.map(d -> d.anchor).orElse(null));
        visit.actor = entry.actor();
        visit.action = entry.action().name();
        visit.stage = Stage.FIELD_CHECK;
        visit.taskId = taskId;
        if (details instanceof ObjectNode about && about.hasNonNull("photoDocumentId")) {
            var photo = "/api/field-checks/visits/" + about.path("visitId").asLong() + "/photo";
            about.put("photoUrl", photo);
            about.put("thumbnailUrl", photo + "?thumbnail=true");
        }
        visit.details = details;
    }

    private JsonNode parsed(String details) {
        try {
            return json.readTree(details);
        } catch (JsonProcessingException notJson) {
            return TextNode.valueOf(details);
        }
    }

    /** NIKs and family card numbers as lists show them: a timeline is not the audited household details. */
    private static JsonNode masked(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> {
                if (MASKED_FIELDS.contains(field.getKey()) && field.getValue().isTextual()) {
                    field.setValue(TextNode.valueOf(Nik.mask(field.getValue().asText())));
                } else {
                    masked(field.getValue());
                }
            });
        } else if (node != null && node.isArray()) {
            node.forEach(Timeline::masked);
        }
        return node;
    }

    private Draft draft(Instant at, TimelineKind kind, Double anchor) {
        var draft = new Draft(at, kind, anchor, drafts.size());
        drafts.add(draft);
        return draft;
    }

    /** Just before the flow an activity left by: it finished, then the process moved on. */
    private static Double before(Integer seq) {
        return before(seq, 0.2);
    }

    private static Double before(Integer seq, double by) {
        return seq == null ? null : seq - by;
    }

    /** Just after the flow that led into an activity. */
    private static Double after(Integer seq, double by) {
        return seq == null ? null : seq + by;
    }

    private static final class Draft {

        static final Comparator<Draft> ORDER = Comparator.comparing(
                        (Draft d) -> d.at, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(d -> d.anchor, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(d -> d.kind)
                .thenComparingInt(d -> d.index);

        final Instant at;
        final TimelineKind kind;
        final Double anchor;
        final int index;
        boolean audited;
        String actor;
        String activityId;
        String activityName;
        Stage stage;
        String taskId;
        String candidateGroup;
        Decision decision;
        String reason;
        String note;
        String reference;
        LocalDate referenceDate;
        String result;
        String timer;
        String action;
        JsonNode details;

        Draft(Instant at, TimelineKind kind, Double anchor, int index) {
            this.at = at;
            this.kind = kind;
            this.anchor = anchor;
            this.index = index;
        }

        Draft activity(ActivityRun activity) {
            activityId = activity.activityId();
            activityName = activity.activityName();
            return this;
        }

        Draft task(TaskRun task) {
            activityId = task.taskKey();
            activityName = task.name();
            taskId = task.taskId();
            if (stage == null) {
                stage = task.stage();
            }
            return this;
        }

        TimelineEvent event() {
            return new TimelineEvent(
                    at,
                    kind,
                    actor,
                    activityId,
                    activityName,
                    stage,
                    taskId,
                    candidateGroup,
                    decision,
                    reason,
                    note,
                    reference,
                    referenceDate,
                    result,
                    timer,
                    action,
                    details);
        }
    }
}
