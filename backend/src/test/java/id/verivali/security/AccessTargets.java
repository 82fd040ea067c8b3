package id.verivali.security;

import static id.verivali.bpmn.HouseholdChange.TIMER_WAIT_FOR_NEXT_CYCLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.verivali.changerequest.ChangeRequestView;
import id.verivali.changerequest.ChangeType;
import id.verivali.changerequest.ProposeChange;
import id.verivali.changerequest.Stage;
import id.verivali.deliberation.DeliberationForm;
import id.verivali.household.HouseholdService;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.Relationship;
import id.verivali.household.Sex;
import id.verivali.region.RegionLevel;
import id.verivali.support.Api;
import id.verivali.support.MultipartForm;
import id.verivali.workflow.ChangeDriver;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The accounts and things the matrix asks about: one account per role over the home village, and at each
 * {@link Place} a household, a change, the tasks of the stages the callers work at, a held deliberation and so on,
 * all made through the application's own services and API. The matrix works in Kecamatan Sungai Ambawang (61.12.03),
 * its neighbour Kuala Mandor B (61.12.02) and Kabupaten Kayong Utara (61.11), where no other suite proposes changes;
 * home and neighbour are the villages with the most untouched households, so that runs on one database do not run out.
 */
final class AccessTargets {

    private static final String HOME_SUBDISTRICT = "61.12.03";
    private static final String OTHER_SUBDISTRICT = "61.12.02";
    /** Desa Sutera, Kecamatan Sukadana, Kabupaten Kayong Utara: no demo households, so the matrix registers some. */
    private static final String OTHER_DISTRICT_VILLAGE = "61.11.01.2001";

    private static final String ACCOUNT_PREFIX = "matrix-";
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final byte[] MINUTES =
            "%PDF-1.7\n% Berita acara musyawarah desa\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /**
     * Something a request can name.
     *
     * @param id what the request puts in its path
     * @param lookup what a search finds it by (a family card number), if anything
     * @param secrets what a refusal must not reveal of it
     */
    record Thing(String id, String lookup, List<String> secrets) {}

    /** The things at one place. */
    record Site(
            String village,
            Thing household,
            Thing proposable,
            Thing change,
            Thing withdrawable,
            Map<Stage, Thing> tasks,
            Thing deliberation,
            Thing round) {

        /** The site with its district's verification round. */
        Site withRound(Thing round) {
            return new Site(village, household, proposable, change, withdrawable, tasks, deliberation, round);
        }

        String subdistrict() {
            return village.substring(0, village.lastIndexOf('.'));
        }

        String district() {
            return subdistrict().substring(0, subdistrict().lastIndexOf('.'));
        }

        /** The site's region at a level: the village, its kecamatan or its district; the village for national ones. */
        String regionAt(RegionLevel level) {
            if (level == null) {
                return village;
            }
            return switch (level) {
                case SUBDISTRICT -> subdistrict();
                case DISTRICT -> district();
                default -> village;
            };
        }

        Thing task(Stage stage) {
            var task = tasks.get(stage);
            if (task == null) {
                throw new IllegalStateException("No " + stage + " task at " + village);
            }
            return task;
        }
    }

    private final Map<Place, Site> sites;
    private final Map<CallerRole, String> usernames;
    private final ChangeDriver driver;

    private AccessTargets(Map<Place, Site> sites, Map<CallerRole, String> usernames, ChangeDriver driver) {
        this.sites = sites;
        this.usernames = usernames;
        this.driver = driver;
    }

    Site site(Place place) {
        return sites.get(place);
    }

    /** The caller's account; none for anonymous. */
    String username(CallerRole caller) {
        return usernames.get(caller);
    }

    /** Every task the matrix names, so that a test can check it is left as it was found. */
    List<Thing> tasks() {
        return sites.values().stream()
                .flatMap(site -> site.tasks().values().stream())
                .toList();
    }

    /** Whether a task is still open on the engine and nobody has claimed it. */
    boolean openAndUnclaimed(Thing task) {
        var found = driver.tasks.createTaskQuery().taskId(task.id()).singleResult();
        return found != null && found.getAssignee() == null;
    }

    static AccessTargets prepare(
            ChangeDriver driver, AccountService accounts, HouseholdService households, Api api, ObjectMapper json) {
        return new Preparation(driver, accounts, households, api, json).prepare();
    }

    private static final class Preparation {

        private final ChangeDriver driver;
        private final AccountService accounts;
        private final HouseholdService households;
        private final Api api;
        private final ObjectMapper json;

        Preparation(
                ChangeDriver driver, AccountService accounts, HouseholdService households, Api api, ObjectMapper json) {
            this.driver = driver;
            this.accounts = accounts;
            this.households = households;
            this.api = api;
            this.json = json;
        }

        AccessTargets prepare() {
            var homeVillages = driver.villagesByUntouchedHouseholds(HOME_SUBDISTRICT);
            String home = homeVillages.get(0);
            String neighbour = homeVillages.get(1);
            String otherSubdistrict =
                    driver.villagesByUntouchedHouseholds(OTHER_SUBDISTRICT).get(0);

            var usernames = createAccounts(home, List.of(neighbour, otherSubdistrict, OTHER_DISTRICT_VILLAGE));
            var sites = new EnumMap<Place, Site>(Place.class);
            sites.put(
                    Place.HOME,
                    site(
                            home,
                            List.of(
                                    Stage.FIELD_CHECK,
                                    Stage.VILLAGE_DELIBERATION,
                                    Stage.SUBDISTRICT_PLENARY,
                                    Stage.DISTRICT_VERIFICATION,
                                    Stage.DISTRICT_APPROVAL,
                                    Stage.MINISTRY_DETERMINATION),
                            usernames.get(CallerRole.VILLAGE_OPERATOR),
                            true));
            sites.put(
                    Place.NEIGHBOUR_VILLAGE,
                    site(neighbour, List.of(Stage.FIELD_CHECK, Stage.VILLAGE_DELIBERATION), null, true));
            sites.put(Place.OTHER_SUBDISTRICT, site(otherSubdistrict, List.of(Stage.SUBDISTRICT_PLENARY), null, false));
            sites.put(
                    Place.OTHER_DISTRICT,
                    site(
                            OTHER_DISTRICT_VILLAGE,
                            List.of(Stage.DISTRICT_VERIFICATION, Stage.DISTRICT_APPROVAL),
                            null,
                            false));
            // A round of the home district, opened by its Dinas Sosial head, and one of the other district, opened by
            // the ministry; both have started all they will, so that pausing or resuming them changes nothing.
            var homeRound = round(usernames.get(CallerRole.DISTRICT_HEAD), HOME_SUBDISTRICT);
            var otherRound = round(
                    usernames.get(CallerRole.MINISTRY_OFFICER),
                    sites.get(Place.OTHER_DISTRICT).subdistrict());
            sites.replaceAll((place, site) -> site.withRound(place == Place.OTHER_DISTRICT ? otherRound : homeRound));
            return new AccessTargets(sites, usernames, driver);
        }

        /**
         * One account per role over the home village, and a village head at each other place to hold its
         * deliberation. Their hashes are lowered to BCrypt's cheapest cost afterwards: the matrix signs in with HTTP
         * Basic about a thousand times, and what it tests is who may, not the hash.
         */
        private Map<CallerRole, String> createAccounts(String home, List<String> otherVillages) {
            String subdistrict = home.substring(0, home.lastIndexOf('.'));
            String district = subdistrict.substring(0, subdistrict.lastIndexOf('.'));
            var byCaller = new EnumMap<CallerRole, NewAccount>(CallerRole.class);
            byCaller.put(CallerRole.VILLAGE_OPERATOR, account("op-" + digits(home), Role.VILLAGE_OPERATOR, home));
            byCaller.put(CallerRole.VILLAGE_HEAD, account("kades-" + digits(home), Role.VILLAGE_HEAD, home));
            byCaller.put(
                    CallerRole.SUBDISTRICT_OPERATOR,
                    account("tksk-" + digits(subdistrict), Role.SUBDISTRICT_OPERATOR, subdistrict));
            byCaller.put(
                    CallerRole.SUBDISTRICT_HEAD,
                    account("camat-" + digits(subdistrict), Role.SUBDISTRICT_HEAD, subdistrict));
            byCaller.put(
                    CallerRole.DISTRICT_OPERATOR,
                    account("dinsos-" + digits(district), Role.DISTRICT_OPERATOR, district));
            byCaller.put(
                    CallerRole.DISTRICT_HEAD, account("kadinsos-" + digits(district), Role.DISTRICT_HEAD, district));
            byCaller.put(CallerRole.MINISTRY_OFFICER, account("pusdatin", Role.MINISTRY_OFFICER, null));
            byCaller.put(CallerRole.SUPERVISOR, account("supervisor-" + digits(district), Role.SUPERVISOR, district));
            byCaller.put(CallerRole.AUDITOR, account("auditor-" + digits(district), Role.AUDITOR, district));
            byCaller.put(CallerRole.ADMIN, account("admin", Role.ADMIN, null));
            byCaller.put(CallerRole.INTEGRATION, account("integration", Role.INTEGRATION, null));
            byCaller.put(CallerRole.MONITORING, account("prometheus", Role.MONITORING, null));

            var all = new ArrayList<>(byCaller.values());
            otherVillages.forEach(village -> all.add(account("kades-" + digits(village), Role.VILLAGE_HEAD, village)));
            accounts.createMissing(all);
            var names = all.stream().map(NewAccount::username).toList();
            driver.jdbc.update(
                    "update app_user set password_hash = ? where username in ("
                            + String.join(",", Collections.nCopies(names.size(), "?")) + ")",
                    prepend(new BCryptPasswordEncoder(4).encode(Api.DEMO_PASSWORD), names));

            var usernames = new EnumMap<CallerRole, String>(CallerRole.class);
            byCaller.forEach((caller, account) -> usernames.put(caller, account.username()));
            return usernames;
        }

        /**
         * A site: a change waiting at each of the given stages, a change its village head then decides in a held
         * deliberation, a change its proposer may withdraw (when {@code proposer} is given; otherwise the site's
         * first change serves), and a household to propose a change for (untouched, when {@code untouched}).
         */
        private Site site(String village, List<Stage> stages, String proposer, boolean untouched) {
            var tasks = new LinkedHashMap<Stage, Thing>();
            ChangeRequestView first = null;
            for (Stage stage : stages) {
                var change = waitingAt(village, stage, null);
                tasks.put(stage, task(change));
                if (first == null) {
                    first = change;
                }
            }
            var withdrawable = proposer == null ? first : waitingAt(village, Stage.FIELD_CHECK, proposer);
            var deliberation = deliberation(village, waitingAt(village, Stage.VILLAGE_DELIBERATION, null));
            var proposable = untouched ? household(driver.untouchedHouseholdIn(village)) : household(first);
            return new Site(
                    village,
                    household(first),
                    proposable,
                    change(first),
                    change(withdrawable),
                    Map.copyOf(tasks),
                    deliberation,
                    null);
        }

        /** A re-verification of a household of the village, through its checks and approved up to a stage. */
        private ChangeRequestView waitingAt(String village, Stage stage, String proposer) {
            long household = householdToChange(village);
            var proposed = driver.proposals.propose(
                    new ProposeChange(
                            ChangeType.REVERIFY, household, null, null, null, null, null, "Verifikasi berkala", null),
                    proposer != null ? proposer : "op-" + digits(village));
            var checked = driver.check(proposed);
            assertThat(checked.stage())
                    .as("%s after its checks", checked.number())
                    .isEqualTo(Stage.FIELD_CHECK);
            var waiting = driver.approveUpTo(checked, stage);
            if (driver.openTask(waiting) == null) {
                // Approved after the month's cut-off: the change waits for the next cycle before the ministry's task.
                driver.runJob(waiting, TIMER_WAIT_FOR_NEXT_CYCLE);
            }
            return driver.reload(waiting);
        }

        /** An untouched household of the village; in the other district, where the demo has none, a new one. */
        private long householdToChange(String village) {
            if (!village.equals(OTHER_DISTRICT_VILLAGE)) {
                return driver.untouchedHouseholdIn(village);
            }
            var born = LocalDate.of(1975, 3, 14);
            var head = new NewMember(
                    driver.freshNik(born, Sex.MALE), "Warga Matriks Akses", born, Sex.MALE, Relationship.HEAD);
            return households.register(driver.newHouseholdIn(village, List.of(head)));
        }

        /** A verification round over one kecamatan, marked as having started every change without starting any. */
        private Thing round(String opener, String subdistrict) {
            String district = subdistrict.substring(0, subdistrict.lastIndexOf('.'));
            var opened = api.as(opener)
                    .post(
                            "/api/rounds",
                            Map.of(
                                    "name", "Putaran matriks akses",
                                    "districtCode", district,
                                    "startsOn", LocalDate.now(WIB).toString(),
                                    "targetDate",
                                            LocalDate.now(WIB).plusMonths(3).toString(),
                                    "subdistricts", List.of(Map.of("code", subdistrict))));
            assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
            String id = opened.body().get("id").asText();
            driver.jdbc.update(
                    "update verification_round set status = 'ALL_STARTED', running_since = null where id = ?",
                    Long.parseLong(id));
            return new Thing(id, null, List.of());
        }

        /** The village head holds a village deliberation approving the change, with signed minutes. */
        private Thing deliberation(String village, ChangeRequestView change) {
            var minutesNumber = DeliberationForm.uniqueMinutesNumber("MUSDES-" + digits(village));
            var request = Map.of(
                    "level",
                    "VILLAGE",
                    "regionCode",
                    village,
                    "heldOn",
                    LocalDate.now(WIB).minusDays(1).toString(),
                    "place",
                    "Balai Desa",
                    "minutesNumber",
                    minutesNumber,
                    "attendees",
                    List.of("Kepala Desa", "Ketua BPD"),
                    "decisions",
                    List.of(Map.of("taskId", task(change).id(), "decision", "APPROVE")));
            var held = api.as(kadesOf(village))
                    .postMultipart(
                            "/api/deliberations",
                            new MultipartForm()
                                    .json("deliberation", write(request))
                                    .file("minutes", MINUTES, "ba-musdes.pdf")
                                    .parts());
            assertThat(held.status()).as(held.body().toString()).isEqualTo(201);
            driver.applyDecisions();
            return new Thing(
                    held.body().get("id").asText(),
                    minutesNumber,
                    List.of(minutesNumber, held.body().at("/minutes/sha256").asText()));
        }

        private Thing task(ChangeRequestView change) {
            var task = driver.openTask(change);
            assertThat(task).as("the open task of %s", change.number()).isNotNull();
            return new Thing(task.getId(), change.number(), secretsOf(change));
        }

        private Thing change(ChangeRequestView change) {
            return new Thing(change.id().toString(), change.number(), secretsOf(change));
        }

        private Thing household(ChangeRequestView change) {
            return household(change.householdId());
        }

        /** Found by its family card number; a refusal must reveal neither that nor its members' NIKs and names. */
        private Thing household(long id) {
            String kk = (String) driver.householdRow(id).get("kk_number");
            var secrets = new ArrayList<String>(List.of(kk));
            for (var member : driver.memberRows(id)) {
                secrets.add((String) member.get("nik"));
                secrets.add((String) member.get("name"));
            }
            return new Thing(Long.toString(id), kk, List.copyOf(secrets));
        }

        private List<String> secretsOf(ChangeRequestView change) {
            var secrets = new ArrayList<String>(List.of(change.number()));
            secrets.addAll(household(change).secrets());
            return List.copyOf(secrets);
        }

        private String write(Object value) {
            try {
                return json.writeValueAsString(value);
            } catch (JsonProcessingException unwritable) {
                throw new IllegalStateException(unwritable);
            }
        }

        /** Named as the demo's accounts are, with a prefix of their own. */
        private static NewAccount account(String name, Role role, String regionCode) {
            return new NewAccount(ACCOUNT_PREFIX + name, "Matriks akses " + name, role, regionCode, Api.DEMO_PASSWORD);
        }

        private static String kadesOf(String village) {
            return ACCOUNT_PREFIX + "kades-" + digits(village);
        }

        private static Object[] prepend(Object first, List<String> rest) {
            var all = new ArrayList<Object>();
            all.add(first);
            all.addAll(rest);
            return all.toArray();
        }

        private static String digits(String regionCode) {
            return regionCode.replace(".", "");
        }
    }
}
