package id.verivali.bench;

import static id.verivali.deliberation.DeliberationForm.PDF;
import static id.verivali.deliberation.DeliberationForm.deliberation;
import static id.verivali.deliberation.DeliberationForm.form;
import static id.verivali.deliberation.DeliberationForm.item;

import id.verivali.changerequest.ChangeRequestView;
import id.verivali.changerequest.Stage;
import id.verivali.deliberation.DeliberationForm;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.Relationship;
import id.verivali.household.Sex;
import id.verivali.region.RegionCodes;
import id.verivali.support.Api;
import id.verivali.workflow.ChangeDriver;
import id.verivali.workflow.TaskDecision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A village deliberation of {@code households} new households and then their kecamatan's plenary, each over HTTP as
 * its chair's browser sends it ({@code POST /api/deliberations}, signed in), timed from the request to the answer;
 * then its decisions applied as the job executor applies them, one job after another in one thread, timed too.
 */
final class DeliberationTimings {

    /** One deliberation: how long the request took, and how long its decisions took the engine after it. */
    record Timing(int households, long recordedNanos, long appliedNanos) {

        double recordedMs() {
            return recordedNanos / 1e6;
        }

        double appliedMs() {
            return appliedNanos / 1e6;
        }

        double recordedMsEach() {
            return recordedMs() / households;
        }

        double appliedMsEach() {
            return appliedMs() / households;
        }
    }

    record Pair(Timing village, Timing plenary) {}

    private final Api api;
    private final ChangeDriver driver;

    DeliberationTimings(Api api, ChangeDriver driver) {
        this.api = api;
        this.driver = driver;
    }

    /** Proposes the households in the village, decides their field checks, and times both deliberations. */
    Pair measure(String village, int households) {
        var items = new ArrayList<Map<String, Object>>();
        for (var change : atVillageDeliberation(village, households)) {
            items.add(item(driver.openTask(driver.reload(change)).getId(), "APPROVE", null));
        }
        var villageTiming = hold("kades-" + digits(village), deliberation("VILLAGE", village), items);

        var subdistrict = RegionCodes.parentOf(village);
        var plenaryItems = new ArrayList<Map<String, Object>>();
        for (var item : items) {
            var change = driver.changes.get(changeOfTask((String) item.get("taskId")));
            if (change.stage() != Stage.SUBDISTRICT_PLENARY) {
                throw new IllegalStateException(change.number() + " is at " + change.stage() + " after the musdes");
            }
            plenaryItems.add(item(driver.openTask(change).getId(), "APPROVE", null));
        }
        var plenary = deliberation("SUBDISTRICT", subdistrict);
        plenary.put("place", "Aula Kantor Camat");
        plenary.put("minutesNumber", DeliberationForm.uniqueMinutesNumber("PLENO"));
        var plenaryTiming = hold("camat-" + digits(subdistrict), plenary, plenaryItems);
        return new Pair(villageTiming, plenaryTiming);
    }

    private Timing hold(String chair, Map<String, Object> request, List<Map<String, Object>> items) {
        request.put("decisions", items);
        var session = api.as(chair);
        long start = System.nanoTime();
        var held = session.postMultipart(DeliberationForm.PATH, form(request, PDF, "ba.pdf"));
        long recorded = System.nanoTime();
        if (held.status() != 201) {
            throw new IllegalStateException(chair + "'s deliberation answered " + held.status() + ": " + held.body());
        }
        int applied = driver.applyDecisions();
        long done = System.nanoTime();
        if (applied != items.size()) {
            throw new IllegalStateException(applied + " decision jobs ran for " + items.size() + " decisions");
        }
        return new Timing(items.size(), recorded - start, done - recorded);
    }

    /** New households (a new one never meets a change in flight), through their checks and field checks. */
    List<ChangeRequestView> atVillageDeliberation(String village, int households) {
        var changes = new ArrayList<ChangeRequestView>();
        for (int i = 0; i < households; i++) {
            var sex = i % 2 == 0 ? Sex.MALE : Sex.FEMALE;
            var born = LocalDate.of(1958, 1, 1).plusDays(i * 61L);
            var head =
                    new NewMember(driver.freshNik(born, sex), "Warga Musdes " + (i + 1), born, sex, Relationship.HEAD);
            var change = driver.proposeNewHousehold(driver.newHouseholdIn(village, List.of(head)));
            driver.runJobs(change);
            changes.add(change);
        }
        driver.pollWorker();
        for (var change : changes) {
            var decided = driver.decide(change, TaskDecision.approve());
            if (decided.stage() != Stage.VILLAGE_DELIBERATION) {
                throw new IllegalStateException(decided.number() + " is at " + decided.stage());
            }
        }
        return changes;
    }

    private long changeOfTask(String taskId) {
        return driver.jdbc.queryForObject(
                "select change_request_id from work_item where task_id = ?", Long.class, taskId);
    }

    private static String digits(String regionCode) {
        return regionCode.replace(".", "");
    }
}
