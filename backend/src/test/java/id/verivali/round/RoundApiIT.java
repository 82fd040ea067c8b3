package id.verivali.round;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.verivali.changerequest.ChangeProposals;
import id.verivali.changerequest.ChangeType;
import id.verivali.changerequest.ProposeChange;
import id.verivali.household.HouseholdService;
import id.verivali.household.NewHousehold;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.Relationship;
import id.verivali.household.RemovalReason;
import id.verivali.household.Sex;
import id.verivali.household.WelfareAttributes;
import id.verivali.region.RegionService;
import id.verivali.region.RegionView;
import id.verivali.security.AccountService;
import id.verivali.security.NewAccount;
import id.verivali.security.Role;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import id.verivali.workflow.ChangeDriver;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verification rounds over HTTP, in Kabupaten Sintang (61.05), which has no demo data and no other suite: each test
 * puts a few households of its own on the list of a kecamatan no other test uses, opens a round over it and runs the
 * round's batches by hand (batches of {@value #BATCH} households, as the integration tests set them).
 */
@IntegrationTest
@Import(ChangeDriver.class)
class RoundApiIT {

    private static final String SINTANG = "61.05";
    private static final String HEAD = "round-kadinsos-6105";
    private static final String OPERATOR = "round-dinsos-6105";
    private static final String KUBU_RAYA_HEAD = "kadinsos-6112";
    private static final String MINISTRY = "pusdatin";
    private static final int BATCH = 5;

    private static final WelfareAttributes WELFARE = new WelfareAttributes(
            WelfareAttributes.HouseOwnership.OWNED,
            36,
            WelfareAttributes.FloorMaterial.CEMENT,
            WelfareAttributes.WallMaterial.WOOD,
            WelfareAttributes.RoofMaterial.ZINC,
            WelfareAttributes.DrinkingWater.PROTECTED_WELL,
            WelfareAttributes.Lighting.PLN_METERED,
            WelfareAttributes.Sanitation.SHARED,
            WelfareAttributes.CookingFuel.LPG,
            1_500_000L);

    /** Serials of the households' NIKs and family cards, unique within a run. */
    private static final AtomicInteger SERIALS = new AtomicInteger();

    @Autowired
    Api api;

    @Autowired
    RoundBatches batches;

    @Autowired
    ThreadPoolTaskScheduler scheduler;

    @Autowired
    HouseholdService households;

    @Autowired
    ChangeProposals proposals;

    @Autowired
    RegionService regions;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ChangeDriver driver;

    /** "Today" as the registry counts it (WIB): in the evening UTC it is already tomorrow there. */
    @Autowired
    Clock clock;

    private List<RegionView> kecamatan;

    @BeforeEach
    void setUp() {
        kecamatan = regions.children(SINTANG);
        var kecamatanCode = kecamatan.get(0).code();
        accounts.createMissing(List.of(
                account(HEAD, Role.DISTRICT_HEAD, SINTANG),
                account(OPERATOR, Role.DISTRICT_OPERATOR, SINTANG),
                account("round-camat-" + kecamatanCode.replace(".", ""), Role.SUBDISTRICT_HEAD, kecamatanCode)));
    }

    @Test
    void a_round_starting_its_changes_leaves_a_scheduling_thread_to_the_civil_registry_checks() {
        // Both drain their work before pausing; with one thread between them, checks would wait for the whole round.
        assertThat(scheduler.getScheduledThreadPoolExecutor().getCorePoolSize()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_round_starts_one_reverification_per_household_in_batches_and_shows_its_progress() {
        var scope = kecamatan.get(0);
        var ids = register(scope, 7);
        households.remove(register(scope, 1).get(0), RemovalReason.MOVED);

        var opened = api.as(HEAD).post("/api/rounds", open("Verivali 2027 tahap I", scope.code()));

        assertThat(opened.status()).isEqualTo(201);
        long id = opened.body().get("id").asLong();
        assertThat(opened.headers().getLocation()).hasPath("/api/rounds/" + id);
        assertThat(opened.body().get("status").asText()).isEqualTo("STARTING");
        assertThat(opened.body().get("householdsTotal").asInt()).isEqualTo(7);
        assertThat(opened.body().get("householdsDone").asInt()).isZero();
        assertThat(changesOf(ids)).isZero();

        assertThat(batches.runNext(id)).isTrue();
        var halfway = round(id);
        assertThat(halfway.get("changesStarted").asInt()).isEqualTo(BATCH);
        assertThat(halfway.get("percentDone").asDouble()).isEqualTo(71.4);
        assertThat(halfway.get("subdistricts").get(0).get("householdsDone").asInt())
                .isEqualTo(BATCH);
        assertThat(halfway.get("status").asText()).isEqualTo("STARTING");

        assertThat(batches.runNext(id)).isTrue();
        assertThat(batches.runNext(id)).isFalse();
        var done = round(id);
        assertThat(done.get("status").asText()).isEqualTo("ALL_STARTED");
        assertThat(done.get("changesStarted").asInt()).isEqualTo(7);
        assertThat(done.get("percentDone").asDouble()).isEqualTo(100.0);
        assertThat(done.has("estimatedFinish")).isFalse();
        assertThat(done.get("subdistricts").get(0).get("name").asText()).isEqualTo(scope.name());

        // One re-verification per household, each its own change in progress with its own process.
        assertThat(jdbc.queryForList(
                        "select household_id from change_request where change_type = 'REVERIFY' and status ="
                                + " 'IN_PROGRESS' and process_instance_id is not null and household_id in ("
                                + join(ids) + ")",
                        Long.class))
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(roundRows(id)).isEqualTo(7);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'ROUND_OPENED' and subject_id = ?",
                        Integer.class,
                        String.valueOf(id)))
                .isEqualTo(1);
    }

    @Test
    void a_household_with_a_change_in_flight_is_linked_not_given_a_second_one_however_often_it_is_rounded_up() {
        var scope = kecamatan.get(1);
        var ids = register(scope, 3);
        long inFlight = proposals
                .propose(
                        new ProposeChange(ChangeType.REVERIFY, ids.get(1), null, null, null, null, null, null, null),
                        OPERATOR)
                .id();

        long first = openAndRun(HEAD, open("Verivali tahap I", scope.code()));
        var firstRound = round(first);
        assertThat(firstRound.get("changesStarted").asInt()).isEqualTo(2);
        assertThat(firstRound.get("alreadyInProgress").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select change_request_id from verification_round_household where round_id = ? and"
                                + " household_id = ?",
                        Long.class,
                        first,
                        ids.get(1)))
                .isEqualTo(inFlight);

        // The same kecamatan again, once the first round has started everything: every household is in flight now.
        long second = openAndRun(HEAD, open("Verivali tahap I (ulang)", scope.code()));
        assertThat(round(second).get("changesStarted").asInt()).isZero();
        assertThat(round(second).get("alreadyInProgress").asInt()).isEqualTo(3);
        assertThat(changesOf(ids)).isEqualTo(3);
    }

    @Test
    void batches_run_at_once_on_two_nodes_start_each_household_once() throws Exception {
        var scope = kecamatan.get(2);
        var ids = register(scope, 23);
        long id = api.as(MINISTRY)
                .post("/api/rounds", open("Verivali serentak", scope.code()))
                .body()
                .get("id")
                .asLong();

        Callable<Integer> node = () -> {
            int ran = 0;
            while (batches.runNext(id)) {
                ran++;
            }
            return ran;
        };
        var pool = Executors.newFixedThreadPool(2);
        try {
            var one = pool.submit(node);
            var two = pool.submit(node);
            // Each batch ran on one node only: five batches of five households in all.
            assertThat(one.get() + two.get()).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(changesOf(ids)).isEqualTo(23);
        assertThat(roundRows(id)).isEqualTo(23);
        assertThat(round(id).get("status").asText()).isEqualTo("ALL_STARTED");
    }

    @Test
    void only_its_opener_pauses_and_resumes_a_round_and_a_paused_round_starts_nothing() {
        var scope = kecamatan.get(3);
        var ids = register(scope, 8);
        long id = api.as(HEAD)
                .post("/api/rounds", open("Verivali dijeda", scope.code()))
                .body()
                .get("id")
                .asLong();

        assertThat(api.as(OPERATOR)
                        .post("/api/rounds/" + id + "/pause", Map.of())
                        .status())
                .isEqualTo(403);
        var paused = api.as(HEAD).post("/api/rounds/" + id + "/pause", Map.of());
        assertThat(paused.status()).isEqualTo(200);
        assertThat(paused.body().get("status").asText()).isEqualTo("PAUSED");
        assertThat(batches.runNext(id)).isFalse();
        assertThat(changesOf(ids)).isZero();

        var pausedAgain = api.as(HEAD).inLanguage("en").post("/api/rounds/" + id + "/pause", Map.of());
        assertThat(pausedAgain.status()).isEqualTo(409);
        assertThat(pausedAgain.body().get("detail").asText()).contains("not running");

        // While it is paused its kecamatan stay its own.
        assertThat(api.as(HEAD)
                        .post("/api/rounds", open("Verivali kedua", scope.code()))
                        .status())
                .isEqualTo(409);

        assertThat(api.as(HEAD)
                        .post("/api/rounds/" + id + "/resume", Map.of())
                        .body()
                        .get("status")
                        .asText())
                .isEqualTo("STARTING");
        assertThat(api.as(HEAD).post("/api/rounds/" + id + "/resume", Map.of()).status())
                .isEqualTo(409);
        while (batches.runNext(id)) {}
        assertThat(changesOf(ids)).isEqualTo(8);
    }

    @Test
    void a_pause_asked_for_while_a_batch_runs_waits_for_it_and_then_pauses_the_round() throws Exception {
        var scope = kecamatan.get(9);
        register(scope, 2);
        long id = api.as(HEAD)
                .post("/api/rounds", open("Verivali sibuk", scope.code()))
                .body()
                .get("id")
                .asLong();
        var batchHasTheRound = new CountDownLatch(1);
        var pool = Executors.newSingleThreadExecutor();
        try {
            // A batch as RoundBatches runs one: the round's row locked, its version moved, committed a moment later.
            var batch = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                jdbc.queryForObject("select id from verification_round where id = ? for update", Long.class, id);
                jdbc.update("update verification_round set version = version + 1 where id = ?", id);
                batchHasTheRound.countDown();
                sleep(Duration.ofMillis(1500));
            }));
            assertThat(batchHasTheRound.await(10, TimeUnit.SECONDS)).isTrue();

            var paused = api.as(HEAD).post("/api/rounds/" + id + "/pause", Map.of());

            batch.get(10, TimeUnit.SECONDS);
            assertThat(paused.status()).as(paused.body().toString()).isEqualTo(200);
            assertThat(paused.body().get("status").asText()).isEqualTo("PAUSED");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void only_the_districts_dinas_sosial_and_the_ministry_open_rounds_and_readers_see_their_districts_only() {
        var scope = kecamatan.get(4);
        register(scope, 1);
        String camat = "round-camat-" + kecamatan.get(0).code().replace(".", "");
        int before = rounds();

        assertThat(api.as(camat)
                        .post("/api/rounds", open("Tidak boleh", scope.code()))
                        .status())
                .isEqualTo(403);
        assertThat(api.as(KUBU_RAYA_HEAD)
                        .post("/api/rounds", open("Tidak boleh", scope.code()))
                        .status())
                .isEqualTo(403);
        assertThat(rounds()).isEqualTo(before);

        long id = api.as(OPERATOR)
                .post("/api/rounds", open("Verivali", scope.code()))
                .body()
                .get("id")
                .asLong();
        assertThat(api.as(camat).get("/api/rounds/" + id).status()).isEqualTo(200);
        assertThat(api.as(KUBU_RAYA_HEAD).get("/api/rounds/" + id).status()).isEqualTo(404);
        assertThat(ids(api.as(KUBU_RAYA_HEAD).get("/api/rounds").body())).doesNotContain(id);
        assertThat(ids(api.as(camat).get("/api/rounds").body())).contains(id);
        assertThat(ids(api.as(MINISTRY).get("/api/rounds?size=100").body())).contains(id);
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_opens_nothing() {
        var scope = kecamatan.get(5);
        register(scope, 1);
        var empty = kecamatan.get(6);
        int before = rounds();

        assertRefused(body("districtCode", "61.99"), "districtCode", "tidak ditemukan");
        assertRefused(body("districtCode", "61.05.01"), "districtCode", "per kabupaten/kota");
        assertRefused(body("districtCode", "6105"), "districtCode", null);
        assertRefused(body("name", " "), "name", "Wajib diisi");
        assertRefused(body("targetDate", "2026-12-01", "startsOn", "2027-01-02"), "targetDate", "sebelum");
        var late = new HashMap<>(open("Verivali", scope.code()));
        late.put("subdistricts", List.of(Map.of("code", scope.code(), "targetDate", "2026-12-01")));
        late.put("startsOn", "2027-01-02");
        late.put("targetDate", "2027-03-31");
        assertRefused(late, "subdistricts[0].targetDate", "sebelum");
        assertRefused(withSubdistricts(List.of(Map.of("code", "61.12.04"))), "subdistricts[0].code", "tidak berada");
        assertRefused(
                withSubdistricts(List.of(Map.of("code", scope.code()), Map.of("code", scope.code()))),
                "subdistricts[1].code",
                "lebih dari sekali");
        assertRefused(withSubdistricts(List.of(Map.of("code", empty.code()))), "subdistricts", "Tidak ada");

        assertThat(rounds()).isEqualTo(before);
    }

    @Test
    void the_match_report_counts_what_the_civil_registry_answered_by_village_and_kecamatan_as_it_comes_in() {
        var scope = kecamatan.get(7);
        var villages = regions.children(scope.code());
        String a = villages.get(0).code();
        String b = villages.get(1).code();
        // Village A: a couple both known (she has no e-KTP); a head the civil registry does not know, whose child it
        // records as dead. Village B: a head registered with another birth date.
        var couple =
                household(a, person("Budi Santoso", true, "ALIVE", true), person("Siti Aminah", true, "ALIVE", false));
        var unknownHead =
                household(a, person("Andi Wijaya", false, null, true), person("Rudi Wijaya", true, "DECEASED", false));
        var otherBirthDate = household(b, person("Yanto", true, "ALIVE_OTHER_BIRTH_DATE", true));
        long id = openAndRun(HEAD, open("Pemadanan", scope.code()));

        var before = api.as(HEAD).get("/api/rounds/" + id + "/report").body();
        assertThat(figures(before.get("totals")))
                .containsEntry("households", 3L)
                .containsEntry("members", 5L)
                .containsEntry("notYetMatched", 5L)
                .containsEntry("matched", 0L)
                .containsEntry("withoutEktp", 2L);

        for (long household : List.of(couple, unknownHead, otherBirthDate)) {
            driver.check(driver.changes.get(changeOf(id, household)));
        }
        long child = jdbc.queryForObject(
                "select id from household_member where household_id = ? and relationship = 'CHILD'",
                Long.class,
                unknownHead);
        proposals.propose(
                new ProposeChange(
                        ChangeType.REMOVE_MEMBER,
                        unknownHead,
                        RemovalReason.DECEASED,
                        child,
                        null,
                        null,
                        null,
                        null,
                        null),
                OPERATOR);

        var report = api.as(HEAD).get("/api/rounds/" + id + "/report").body();
        var kecamatanRow = report.get("subdistricts").get(0);
        assertThat(kecamatanRow.get("code").asText()).isEqualTo(scope.code());
        var villageA = kecamatanRow.get("villages").get(0);
        var villageB = kecamatanRow.get("villages").get(1);
        assertThat(villageA.get("code").asText()).isEqualTo(a);
        assertThat(figures(villageA.get("figures")))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "households", 2L,
                        "members", 4L,
                        "matched", 2L,
                        "notMatched", 1L,
                        "nikUnknown", 1L,
                        "died", 1L,
                        "notYetMatched", 0L,
                        "proposedForDeletion", 1L,
                        "withoutEktp", 2L));
        assertThat(figures(villageB.get("figures")))
                .containsEntry("households", 1L)
                .containsEntry("matched", 0L)
                .containsEntry("notMatched", 1L)
                .containsEntry("nikUnknown", 0L)
                .containsEntry("withoutEktp", 0L);
        assertThat(figures(report.get("totals")))
                .containsEntry("members", 5L)
                .containsEntry("matched", 2L)
                .containsEntry("notMatched", 2L)
                .containsEntry("died", 1L)
                .containsEntry("proposedForDeletion", 1L);

        var csv = api.as(HEAD).download("/api/rounds/" + id + "/report.csv");
        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).startsWith("pemadanan-putaran-" + id);
        var lines = new String(csv.getBody(), java.nio.charset.StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0])
                .startsWith("\"Kode wilayah\",\"Nama wilayah\",\"Rumah tangga\",\"Anggota rumah tangga\",Padan,");
        assertThat(lines[1]).startsWith(a + ",").endsWith(",2,4,2,1,1,1,0,1,2");
        assertThat(lines[3]).startsWith(scope.code() + ",").endsWith(",3,5,2,2,1,1,0,1,2");
        assertThat(lines).hasSize(5);
        var xlsx = api.as(HEAD).inLanguage("en").download("/api/rounds/" + id + "/report.xlsx");
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).startsWith("matching-round-" + id);
        assertThat(xlsx.getBody()).startsWith(new byte[] {'P', 'K'});
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'REPORT_EXPORTED' and subject_id = ?",
                        Integer.class,
                        "round-" + id))
                .isEqualTo(2);
        assertThat(api.as(KUBU_RAYA_HEAD).get("/api/rounds/" + id + "/report").status())
                .isEqualTo(404);
    }

    @Test
    void supervisors_follow_each_kecamatan_of_a_round_through_the_chain_against_its_target() {
        var scope = kecamatan.get(8);
        var ids = register(scope, 6);
        long id = api.as(HEAD)
                .post("/api/rounds", open("Pengawasan putaran", scope.code()))
                .body()
                .get("id")
                .asLong();
        batches.runNext(id);
        var checked = ids.subList(0, 3).stream()
                .map(household -> driver.check(driver.changes.get(changeOf(id, household))))
                .toList();
        proposals.withdraw(checked.get(0).id(), HEAD);

        var progress = api.as(OPERATOR).get("/api/supervision/rounds/" + id);

        assertThat(progress.status()).isEqualTo(200);
        var row = progress.body().get("subdistricts").get(0);
        assertThat(row.get("code").asText()).isEqualTo(scope.code());
        assertThat(row.get("households").asLong()).isEqualTo(6);
        assertThat(row.get("notStarted").asLong()).isEqualTo(1);
        assertThat(row.get("byStage").get("CHECKS").asLong()).isEqualTo(2);
        assertThat(row.get("byStage").get("FIELD_CHECK").asLong()).isEqualTo(2);
        assertThat(row.get("withdrawn").asLong()).isEqualTo(1);
        assertThat(row.get("done").asLong()).isEqualTo(1);
        // One ended today: five left at one per 14 days is 70 days, within the target three months ahead.
        assertThat(LocalDate.parse(row.get("projectedFinish").asText()))
                .isEqualTo(LocalDate.now(clock).plusDays(70));
        assertThat(row.get("status").asText()).isEqualTo("ON_TRACK");
        assertThat(LocalDate.parse(row.get("targetDate").asText()))
                .isEqualTo(LocalDate.now(clock).plusMonths(3));

        String camat = "round-camat-" + kecamatan.get(0).code().replace(".", "");
        assertThat(api.as(camat).get("/api/supervision/rounds/" + id).status()).isEqualTo(403);
        assertThat(api.as(KUBU_RAYA_HEAD).get("/api/supervision/rounds/" + id).status())
                .isEqualTo(404);
    }

    // Helpers

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A member to put on the list, with what the population register says of them. */
    private record Person(String name, boolean registered, String registerStatus, boolean ektp) {}

    private static Person person(String name, boolean registered, String registerStatus, boolean ektp) {
        return new Person(name, registered, registerStatus, ektp);
    }

    /** A household of these members (the first its head, the rest its children), registered in the population too. */
    private long household(String village, Person... people) {
        int serial = SERIALS.incrementAndGet();
        String kk = "6105"
                + "%012d".formatted(System.nanoTime() % 1_000_000_000_000L).substring(0, 11) + serial % 10;
        var born = LocalDate.of(1980, 1, 1);
        var members = new ArrayList<NewMember>();
        for (int i = 0; i < people.length; i++) {
            var person = people[i];
            String nik = driver.freshNik(born, Sex.MALE);
            members.add(
                    new NewMember(nik, person.name(), born, Sex.MALE, i == 0 ? Relationship.HEAD : Relationship.CHILD));
            if (person.registered()) {
                boolean otherBirthDate = person.registerStatus().equals("ALIVE_OTHER_BIRTH_DATE");
                jdbc.update(
                        "insert into population (nik, kk_number, name, birth_date, sex, village_code, status, has_ektp)"
                                + " values (?, ?, ?, ?, 'MALE', ?, ?, ?)",
                        nik,
                        kk,
                        person.name(),
                        otherBirthDate ? born.plusDays(1) : born,
                        village,
                        otherBirthDate ? "ALIVE" : person.registerStatus(),
                        person.ektp());
            }
        }
        households.registerAll(
                List.of(new NewHousehold(kk, "Jl. Pemadanan " + serial, "1", "1", village, WELFARE, members)),
                Instant.now());
        return jdbc.queryForObject("select id from household where kk_number = ?", Long.class, kk);
    }

    private long changeOf(long roundId, long householdId) {
        return jdbc.queryForObject(
                "select change_request_id from verification_round_household where round_id = ? and household_id = ?",
                Long.class,
                roundId,
                householdId);
    }

    private static Map<String, Long> figures(JsonNode figures) {
        var byName = new HashMap<String, Long>();
        figures.fields()
                .forEachRemaining(
                        field -> byName.put(field.getKey(), field.getValue().asLong()));
        return byName;
    }

    private void assertRefused(Map<String, Object> body, String field, String messagePart) {
        var refused = api.as(HEAD).post("/api/rounds", body);
        assertThat(refused.status()).as(field).isEqualTo(400);
        var error = refused.body().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo(field);
        if (messagePart != null) {
            assertThat(error.get("message").asText()).contains(messagePart);
        }
    }

    private Map<String, Object> body(String... fieldsAndValues) {
        var body = new HashMap<>(open("Verivali", kecamatan.get(5).code()));
        body.remove("subdistricts");
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            body.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return body;
    }

    private Map<String, Object> withSubdistricts(List<Map<String, String>> subdistricts) {
        var body = new HashMap<>(open("Verivali", kecamatan.get(5).code()));
        body.put("subdistricts", subdistricts);
        return body;
    }

    private Map<String, Object> open(String name, String subdistrict) {
        return Map.of(
                "name", name,
                "districtCode", SINTANG,
                "startsOn", LocalDate.now(clock).toString(),
                "targetDate", LocalDate.now(clock).plusMonths(3).toString(),
                "subdistricts", List.of(Map.of("code", subdistrict)));
    }

    private long openAndRun(String opener, Map<String, Object> body) {
        var opened = api.as(opener).post("/api/rounds", body);
        assertThat(opened.status()).isEqualTo(201);
        long id = opened.body().get("id").asLong();
        while (batches.runNext(id)) {}
        return id;
    }

    private JsonNode round(long id) {
        var found = api.as(HEAD).get("/api/rounds/" + id);
        assertThat(found.status()).isEqualTo(200);
        return found.body();
    }

    private static List<Long> ids(JsonNode page) {
        var ids = new ArrayList<Long>();
        page.get("content").forEach(round -> ids.add(round.get("id").asLong()));
        return ids;
    }

    private int rounds() {
        return jdbc.queryForObject("select count(*) from verification_round", Integer.class);
    }

    private int roundRows(long roundId) {
        return jdbc.queryForObject(
                "select count(*) from verification_round_household where round_id = ?", Integer.class, roundId);
    }

    private int changesOf(List<Long> householdIds) {
        return jdbc.queryForObject(
                "select count(*) from change_request where household_id in (" + join(householdIds) + ")",
                Integer.class);
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    /** Puts households on the list in the kecamatan's first village, and answers their ids. */
    private List<Long> register(RegionView subdistrict, int count) {
        String village = regions.children(subdistrict.code()).get(0).code();
        var list = new ArrayList<NewHousehold>();
        var kks = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            int serial = SERIALS.incrementAndGet();
            String kk = "6105%012d"
                    .formatted(System.nanoTime() % 1_000_000_000L * 1000 + serial)
                    .substring(0, 16);
            kks.add(kk);
            var head = new NewMember(
                    driver.freshNik(LocalDate.of(1980, 1, 1), Sex.MALE),
                    "Kepala Uji " + serial,
                    LocalDate.of(1980, 1, 1),
                    Sex.MALE,
                    Relationship.HEAD);
            list.add(new NewHousehold(kk, "Jl. Putaran " + serial, "1", "2", village, WELFARE, List.of(head)));
        }
        households.registerAll(list, Instant.now());
        return kks.stream()
                .map(kk -> jdbc.queryForObject("select id from household where kk_number = ?", Long.class, kk))
                .toList();
    }

    private static NewAccount account(String username, Role role, String region) {
        return new NewAccount(username, "Uji putaran " + username, role, region, Api.DEMO_PASSWORD);
    }
}
