package id.verivali.fieldwork;

import id.verivali.changerequest.ChangeProposals;
import id.verivali.demo.DemoRegistries;
import id.verivali.household.HouseholdRef;
import id.verivali.workflow.ChangeDriver;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Field checks for the field work suites, in Kecamatan 61.12.08, where no other suite proposes anything: villages
 * filled up with demo households when they have too few, and re-verifications of them brought to their field check.
 */
@TestComponent
@Import({DemoRegistries.class, ChangeDriver.class})
public class FieldWork {

    public static final String KECAMATAN = "61.12.08";

    private final ChangeProposals proposals;
    private final DemoRegistries demo;
    private final ManagementService management;
    private final ChangeDriver driver;
    private final TransactionTemplate transaction;
    public final JdbcTemplate jdbc;

    FieldWork(
            ChangeProposals proposals,
            DemoRegistries demo,
            ManagementService management,
            ChangeDriver driver,
            TransactionTemplate transaction,
            JdbcTemplate jdbc) {
        this.proposals = proposals;
        this.demo = demo;
        this.management = management;
        this.driver = driver;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    /** The demo operator of a village: {@code op-6112082001}. */
    public static String operatorOf(String village) {
        return "op-" + village.replace(".", "");
    }

    /** The kecamatan's villages, the one with the most untouched households first. */
    public List<String> villages() {
        return jdbc.queryForList("""
                select r.code from region r
                where r.parent_code = ?
                order by (select count(*) from household h
                          where h.village_code = r.code and h.status = 'ACTIVE'
                            and not exists (select 1 from change_request c where c.household_id = h.id)) desc,
                         r.code""", String.class, KECAMATAN);
    }

    /** A village of the kecamatan with at least {@code households} untouched households, filled up if need be. */
    public String villageWith(int households) {
        var village = villages().get(0);
        fill(village, households);
        return village;
    }

    /** Fills a village up to {@code households} untouched households. */
    public void fill(String village, int households) {
        int untouched = untouched(village);
        if (untouched < households) {
            demo.addHouseholds(village, households - untouched);
        }
    }

    /**
     * Proposes the re-verification of {@code count} untouched households of the village, as a round does, and runs
     * their checks: the changes then wait at their field check. Returns their numbers, in household order.
     */
    public List<String> atFieldCheck(String village, int count) {
        var refs = jdbc.query("""
                select h.id from household h
                where h.village_code = ? and h.status = 'ACTIVE'
                  and not exists (select 1 from change_request c where c.household_id = h.id)
                order by h.id""", (row, i) -> new HouseholdRef(row.getLong(1), village), village);
        if (refs.size() < count) {
            throw new IllegalStateException(village + " has only " + refs.size() + " untouched households");
        }
        var ids = transaction.execute(
                status -> proposals.proposeReverifications(refs.subList(0, count), "Verivali", operatorOf(village)));
        var instances = jdbc.queryForList(
                "select process_instance_id from change_request where id in (%s)"
                        .formatted(String.join(
                                ",", ids.stream().map(String::valueOf).toList())),
                String.class);
        // The asynchronous start of each; the field check's timers come later and are left alone.
        instances.forEach(instance -> management
                .createJobQuery()
                .processInstanceId(instance)
                .executable()
                .list()
                .forEach(job -> management.executeJob(job.getId())));
        driver.pollWorker();
        return jdbc.queryForList(
                "select number from change_request where id in (%s) order by household_id"
                        .formatted(String.join(
                                ",", ids.stream().map(String::valueOf).toList())),
                String.class);
    }

    private int untouched(String village) {
        return jdbc.queryForObject("""
                select count(*) from household h
                where h.village_code = ? and h.status = 'ACTIVE'
                  and not exists (select 1 from change_request c where c.household_id = h.id)""", Integer.class, village);
    }
}
