package id.verivali.workflow;

import id.verivali.changerequest.ApprovedChanges;
import id.verivali.changerequest.ChangeProposals;
import id.verivali.changerequest.ChangeRequestQueries;
import id.verivali.changerequest.ChangeRequestView;
import id.verivali.changerequest.ChangeType;
import id.verivali.changerequest.Decision;
import id.verivali.changerequest.ProposeChange;
import id.verivali.changerequest.Stage;
import id.verivali.household.HouseholdUpdate;
import id.verivali.household.NewHousehold;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.Nik;
import id.verivali.household.RemovalReason;
import id.verivali.household.Sex;
import id.verivali.household.WelfareAttributes;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Moves change requests through the running application's engine as the officials of Kubu Raya would, one level at
 * a time, with jobs and the civil-registry worker run on demand.
 */
@TestComponent
public class ChangeDriver {

    public static final String TERENTANG = "61.12.04";
    public static final String TELUK_EMPENING = "61.12.04.2002";
    /** Where new households are proposed: RT/RW 099 of Terentang Hilir, where no suite lists households. */
    public static final String TERENTANG_HILIR = "61.12.04.2003";

    public static final String PROPOSER = "op-6112042002";

    private static final WelfareAttributes WELFARE = new WelfareAttributes(
            WelfareAttributes.HouseOwnership.OWNED,
            30,
            WelfareAttributes.FloorMaterial.LOW_QUALITY_WOOD,
            WelfareAttributes.WallMaterial.WOOD,
            WelfareAttributes.RoofMaterial.ZINC,
            WelfareAttributes.DrinkingWater.RAINWATER,
            WelfareAttributes.Lighting.PLN_UNMETERED,
            WelfareAttributes.Sanitation.SHARED,
            WelfareAttributes.CookingFuel.FIREWOOD,
            1_200_000L);

    /**
     * Serials of new NIKs and family cards. They start where the clock says, so that runs on one database draw
     * different ones; each is still checked against the tables before use.
     */
    private static final AtomicInteger SERIALS = new AtomicInteger((int) (System.currentTimeMillis() / 1000 % 9999));

    public final ChangeRequestQueries changes;
    public final ChangeProposals proposals;
    public final ApprovedChanges approved;
    public final TaskService tasks;
    public final ManagementService management;
    public final IdentityService identity;
    public final CivilRegistryWorker worker;
    public final JdbcTemplate jdbc;
    private final CommandExecutor commands;

    public ChangeDriver(
            ChangeRequestQueries changes,
            ChangeProposals proposals,
            ApprovedChanges approved,
            TaskService tasks,
            ManagementService management,
            IdentityService identity,
            CivilRegistryWorker worker,
            JdbcTemplate jdbc,
            ProcessEngineConfigurationImpl engine) {
        this.changes = changes;
        this.proposals = proposals;
        this.approved = approved;
        this.tasks = tasks;
        this.management = management;
        this.identity = identity;
        this.worker = worker;
        this.jdbc = jdbc;
        this.commands = engine.getCommandExecutorTxRequired();
    }

    /** An active household of Desa Teluk Empening that no running change touches yet. */
    public long untouchedHousehold() {
        return jdbc.queryForObject("""
                select min(h.id) from household h
                where h.village_code = ? and h.status = 'ACTIVE'
                  and not exists (select 1 from change_request c where c.household_id = h.id)""", Long.class, TELUK_EMPENING);
    }

    public ChangeRequestView proposeRemoval(long householdId, RemovalReason reason) {
        return proposals.propose(
                new ProposeChange(
                        ChangeType.REMOVE_HOUSEHOLD, householdId, reason, null, null, null, null, "Hasil musdes", null),
                PROPOSER);
    }

    /**
     * An active household of Kecamatan Terentang outside Teluk Empening (whose households go to the suites that sign
     * in as its operator) that no change touches yet, on a family card of its own, with an active member, and meeting
     * {@code condition} on {@code h}. The change a test then proposes keeps it from every later pick, in this run or
     * the next on the same database.
     */
    public long untouchedTerentangHousehold(String condition) {
        Long id = jdbc.queryForObject("""
                select min(h.id) from household h
                where h.village_code like ? and h.village_code <> ? and h.status = 'ACTIVE'
                  and not exists (select 1 from change_request c where c.household_id = h.id)
                  and (select count(*) from household o where o.kk_number = h.kk_number) = 1
                  and exists (select 1 from household_member m where m.household_id = h.id and m.status = 'ACTIVE')
                  and (%s)""".formatted(condition), Long.class, TERENTANG + ".%", TELUK_EMPENING);
        if (id == null) {
            throw new IllegalStateException("No untouched household of Terentang is left where " + condition);
        }
        return id;
    }

    /**
     * The villages of a kecamatan, those with the most active households that no change touches yet first: a suite
     * that spends a few households per run takes them from a fresh village on each run against the same database.
     */
    public List<String> villagesByUntouchedHouseholds(String subdistrictCode) {
        return jdbc.queryForList("""
                select h.village_code from household h
                where h.village_code like ? and h.status = 'ACTIVE'
                  and not exists (select 1 from change_request c where c.household_id = h.id)
                group by h.village_code
                order by count(*) desc, h.village_code""", String.class, subdistrictCode + ".%");
    }

    /**
     * An active household of the village that no change touches yet, on a family card of its own, with an active
     * member. The change a test then proposes keeps it from every later pick.
     */
    public long untouchedHouseholdIn(String villageCode) {
        Long id = jdbc.queryForObject("""
                select min(h.id) from household h
                where h.village_code = ? and h.status = 'ACTIVE'
                  and not exists (select 1 from change_request c where c.household_id = h.id)
                  and (select count(*) from household o where o.kk_number = h.kk_number) = 1
                  and exists (select 1 from household_member m where m.household_id = h.id and m.status = 'ACTIVE')""", Long.class, villageCode);
        if (id == null) {
            throw new IllegalStateException("No untouched household of " + villageCode + " is left");
        }
        return id;
    }

    /** A household of the village, RT/RW 099 (where no suite lists households), on a family card of its own. */
    public NewHousehold newHouseholdIn(String villageCode, List<NewMember> members) {
        return new NewHousehold(freshKk(), "Jl. Musyawarah", "099", "099", villageCode, WELFARE, members);
    }

    public ChangeRequestView proposeReverification(long householdId) {
        return proposeFor(
                householdId,
                new ProposeChange(
                        ChangeType.REVERIFY, householdId, null, null, null, null, null, "Verifikasi berkala", null));
    }

    public ChangeRequestView proposeNewMember(long householdId, NewMember member) {
        return proposeFor(
                householdId,
                new ProposeChange(
                        ChangeType.ADD_MEMBER, householdId, null, null, null, member, null, "Anggota baru", null));
    }

    public ChangeRequestView proposeUpdate(long householdId, HouseholdUpdate update) {
        return proposeFor(
                householdId,
                new ProposeChange(
                        ChangeType.UPDATE, householdId, null, null, null, null, update, "Koreksi data", null));
    }

    public ChangeRequestView proposeMemberRemoval(long householdId, long memberId, RemovalReason reason) {
        return proposeFor(
                householdId,
                new ProposeChange(
                        ChangeType.REMOVE_MEMBER,
                        householdId,
                        reason,
                        memberId,
                        null,
                        null,
                        null,
                        "Hasil musdes",
                        null));
    }

    public ChangeRequestView proposeNewHousehold(NewHousehold household) {
        return proposals.propose(
                new ProposeChange(
                        ChangeType.NEW_HOUSEHOLD, null, null, null, household, null, null, "Belum terdaftar", null),
                "op-" + digits(household.villageCode()));
    }

    /** As the operator of the household's village. */
    private ChangeRequestView proposeFor(long householdId, ProposeChange change) {
        var village = jdbc.queryForObject("select village_code from household where id = ?", String.class, householdId);
        return proposals.propose(change, "op-" + digits(village));
    }

    /** A household of Terentang Hilir, RT/RW 099, on a family card that no household on the registry has. */
    public NewHousehold newHousehold(List<NewMember> members) {
        return new NewHousehold(freshKk(), "Parit Haji Husin 2", "099", "099", TERENTANG_HILIR, WELFARE, members);
    }

    /** A valid NIK of Terentang that neither the registry nor the population table holds. */
    public String freshNik(LocalDate born, Sex sex) {
        while (true) {
            var nik = Nik.of(TERENTANG, born, sex, nextSerial());
            if (count("select count(*) from household_member where nik = ?", nik) == 0
                    && count("select count(*) from population where nik = ?", nik) == 0) {
                return nik;
            }
        }
    }

    private String freshKk() {
        while (true) {
            // Kecamatan, date of issue (2 January 2026), serial: as family card numbers are made.
            var kk = "611204020126%04d".formatted(nextSerial());
            if (count("select count(*) from household where kk_number = ?", kk) == 0) {
                return kk;
            }
        }
    }

    private static int nextSerial() {
        return 1 + Math.floorMod(SERIALS.getAndIncrement(), 9999);
    }

    /** Runs the asynchronous start and the civil-registry check: the change then waits at the field check. */
    public ChangeRequestView check(ChangeRequestView change) {
        runJobs(change);
        worker.poll();
        return reload(change);
    }

    /** Polls as the scheduled polling does: until no civil-registry check is left to take. */
    public void pollWorker() {
        while (worker.poll() > 0) {}
    }

    public void runJobs(ChangeRequestView change) {
        management
                .createJobQuery()
                .processInstanceId(change.processInstanceId())
                .list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    /**
     * Runs the jobs that apply deliberations' decisions (DecisionJobs), as the job executor does once a deliberation
     * commits; returns how many ran.
     */
    public int applyDecisions() {
        var jobs = jdbc.queryForList(
                // The job executor takes active jobs only: a suspended instance's wait until it is resumed.
                "select ID_ from ACT_RU_JOB where HANDLER_TYPE_ = ? and SUSPENSION_STATE_ = 1 order by ID_",
                String.class,
                DecisionJobs.TYPE);
        jobs.forEach(management::executeJob);
        return jobs.size();
    }

    public void runJob(ChangeRequestView change, String activityId) {
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(change.processInstanceId())
                .activityId(activityId)
                .singleResult()
                .getId());
    }

    public Task task(ChangeRequestView change, String taskKey) {
        return tasks.createTaskQuery()
                .processInstanceId(change.processInstanceId())
                .taskDefinitionKey(taskKey)
                .singleResult();
    }

    public Task openTask(ChangeRequestView change) {
        var open = tasks.createTaskQuery()
                .processInstanceId(change.processInstanceId())
                .taskDefinitionKeyIn(StageTasks.DECIDING.keySet().toArray(String[]::new))
                .list();
        return open.size() == 1 ? open.get(0) : null;
    }

    /** The official of the change's current level decides. */
    public ChangeRequestView decide(ChangeRequestView change, TaskDecision decision) {
        var current = reload(change);
        var task = openTask(current);
        as(officialOf(current), () -> tasks.complete(task.getId(), decision.variables()));
        return reload(change);
    }

    public ChangeRequestView approveUpTo(ChangeRequestView change, Stage stage) {
        var current = reload(change);
        while (current.stage() != stage) {
            current = decide(current, approvalAt(current.stage()));
        }
        return current;
    }

    /** Who decides at the change's level, by the demo's accounts: its village, kecamatan and district, then Pusdatin. */
    public static String officialOf(ChangeRequestView change) {
        return switch (change.stage()) {
            case FIELD_CHECK -> "op-" + digits(change.villageCode());
            case VILLAGE_DELIBERATION -> "kades-" + digits(change.villageCode());
            case SUBDISTRICT_PLENARY -> "camat-" + digits(change.subdistrictCode());
            case DISTRICT_VERIFICATION -> "dinsos-" + digits(change.districtCode());
            case DISTRICT_APPROVAL -> "kadinsos-" + digits(change.districtCode());
            case MINISTRY_DETERMINATION -> "pusdatin";
            case CHECKS, DONE -> throw new IllegalStateException("Nobody decides at " + change.stage());
        };
    }

    public static TaskDecision approvalAt(Stage stage) {
        return switch (stage) {
            case DISTRICT_APPROVAL ->
                new TaskDecision(Decision.APPROVE, null, null, "400/117/DINSOS-KKR/2026", LocalDate.of(2026, 3, 17));
            case MINISTRY_DETERMINATION ->
                new TaskDecision(Decision.APPROVE, null, null, "79/HUK/2026", LocalDate.of(2026, 3, 31));
            default -> TaskDecision.approve();
        };
    }

    /** Acts on the engine as the official, as the application does once it has checked their role and region. */
    public void as(String user, Runnable action) {
        identity.setAuthentication(user, List.of());
        try {
            commands.execute(context -> context.runWithoutAuthorization(() -> {
                action.run();
                return null;
            }));
        } finally {
            identity.clearAuthentication();
        }
    }

    public ChangeRequestView reload(ChangeRequestView change) {
        return changes.get(change.id());
    }

    public String householdStatus(long id) {
        return jdbc.queryForObject("select status from household where id = ?", String.class, id);
    }

    public Map<String, Object> householdRow(long id) {
        return jdbc.queryForMap("select * from household where id = ?", id);
    }

    public List<Map<String, Object>> memberRows(long householdId) {
        return jdbc.queryForList("select * from household_member where household_id = ? order by id", householdId);
    }

    public List<String> activeNiks(long householdId) {
        return jdbc.queryForList(
                "select nik from household_member where household_id = ? and status = 'ACTIVE' order by id",
                String.class,
                householdId);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static String digits(String regionCode) {
        return regionCode.replace(".", "");
    }
}
