package id.verivali.workflow;

import id.verivali.changerequest.ChangeRequestService;
import id.verivali.changerequest.ChangeRequestView;
import id.verivali.changerequest.ChangeType;
import id.verivali.changerequest.Decision;
import id.verivali.changerequest.ProposeChange;
import id.verivali.changerequest.Stage;
import id.verivali.household.RemovalReason;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Moves change requests through the running application's engine as the officials of Kubu Raya would, one level at
 * a time, with jobs and the civil-registry worker run on demand.
 */
@TestComponent
class ChangeDriver {

    static final String TELUK_EMPENING = "61.12.04.2002";
    static final String PROPOSER = "op-6112042002";

    /** Who decides at each level for a change of Desa Teluk Empening. */
    static final Map<Stage, String> OFFICIALS = Map.of(
            Stage.FIELD_CHECK, "op-6112042002",
            Stage.VILLAGE_DELIBERATION, "kades-6112042002",
            Stage.SUBDISTRICT_PLENARY, "camat-611204",
            Stage.DISTRICT_VERIFICATION, "dinsos-6112",
            Stage.DISTRICT_APPROVAL, "kadinsos-6112",
            Stage.MINISTRY_DETERMINATION, "pusdatin");

    final ChangeRequestService changes;
    final TaskService tasks;
    final ManagementService management;
    final IdentityService identity;
    final CivilRegistryWorker worker;
    final JdbcTemplate jdbc;

    ChangeDriver(
            ChangeRequestService changes,
            TaskService tasks,
            ManagementService management,
            IdentityService identity,
            CivilRegistryWorker worker,
            JdbcTemplate jdbc) {
        this.changes = changes;
        this.tasks = tasks;
        this.management = management;
        this.identity = identity;
        this.worker = worker;
        this.jdbc = jdbc;
    }

    /** An active household of Desa Teluk Empening that no running change touches yet. */
    long untouchedHousehold() {
        return jdbc.queryForObject("""
                select min(h.id) from household h
                where h.village_code = ? and h.status = 'ACTIVE'
                  and not exists (select 1 from change_request c where c.household_id = h.id)""", Long.class, TELUK_EMPENING);
    }

    ChangeRequestView proposeRemoval(long householdId, RemovalReason reason) {
        return changes.propose(
                new ProposeChange(
                        ChangeType.REMOVE_HOUSEHOLD, householdId, reason, null, null, null, null, "Hasil musdes", null),
                PROPOSER);
    }

    /** Runs the asynchronous start and the civil-registry check: the change then waits at the field check. */
    ChangeRequestView check(ChangeRequestView change) {
        runJobs(change);
        worker.poll();
        return reload(change);
    }

    void runJobs(ChangeRequestView change) {
        management
                .createJobQuery()
                .processInstanceId(change.processInstanceId())
                .list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    void runJob(ChangeRequestView change, String activityId) {
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(change.processInstanceId())
                .activityId(activityId)
                .singleResult()
                .getId());
    }

    Task task(ChangeRequestView change, String taskKey) {
        return tasks.createTaskQuery()
                .processInstanceId(change.processInstanceId())
                .taskDefinitionKey(taskKey)
                .singleResult();
    }

    Task openTask(ChangeRequestView change) {
        var open = tasks.createTaskQuery()
                .processInstanceId(change.processInstanceId())
                .taskDefinitionKeyIn(ProcessProgress.STAGE_OF_TASK.keySet().toArray(String[]::new))
                .list();
        return open.size() == 1 ? open.get(0) : null;
    }

    /** The official of the change's current level decides. */
    ChangeRequestView decide(ChangeRequestView change, TaskDecision decision) {
        var current = reload(change);
        var task = openTask(current);
        as(OFFICIALS.get(current.stage()), () -> tasks.complete(task.getId(), decision.variables()));
        return reload(change);
    }

    ChangeRequestView approveUpTo(ChangeRequestView change, Stage stage) {
        var current = reload(change);
        while (current.stage() != stage) {
            current = decide(current, approvalAt(current.stage()));
        }
        return current;
    }

    static TaskDecision approvalAt(Stage stage) {
        return switch (stage) {
            case DISTRICT_APPROVAL ->
                new TaskDecision(Decision.APPROVE, null, null, "400/117/DINSOS-KKR/2026", LocalDate.of(2026, 3, 17));
            case MINISTRY_DETERMINATION ->
                new TaskDecision(Decision.APPROVE, null, null, "79/HUK/2026", LocalDate.of(2026, 3, 31));
            default -> TaskDecision.approve();
        };
    }

    void as(String user, Runnable action) {
        identity.setAuthentication(user, List.of());
        try {
            action.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    ChangeRequestView reload(ChangeRequestView change) {
        return changes.get(change.id());
    }

    String householdStatus(long id) {
        return jdbc.queryForObject("select status from household where id = ?", String.class, id);
    }

    Map<String, Object> householdRow(long id) {
        return jdbc.queryForMap("select * from household where id = ?", id);
    }

    List<Map<String, Object>> memberRows(long householdId) {
        return jdbc.queryForList("select * from household_member where household_id = ? order by id", householdId);
    }
}
