package id.verivali.changerequest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.verivali.household.NewHousehold;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.Nik;
import id.verivali.household.Relationship;
import id.verivali.household.Sex;
import id.verivali.support.AllAtOnce;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import id.verivali.workflow.ChangeDriver;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The change-request endpoints over HTTP with the demo accounts. Changes are proposed in Desa Rasau Jaya Dua
 * (Kecamatan Rasau Jaya, 61.12.07), for households no change has touched yet: no other suite proposes there, so
 * whatever a run leaves behind on a shared database never meets another suite's picks.
 */
@IntegrationTest
@Import(ChangeDriver.class)
class ChangeRequestApiIT {

    private static final String RASAU_JAYA = "61.12.07";
    private static final String RASAU_JAYA_DUA = "61.12.07.2003";
    private static final String OPERATOR = "op-6112072003";
    private static final String VILLAGE_HEAD = "kades-6112072003";
    /** The operator of another village of the same kecamatan (Rasau Jaya Tiga). */
    private static final String NEIGHBOUR = "op-6112072004";

    private static final String CAMAT = "camat-611207";
    /** An operator of another kecamatan (Teluk Pakedai). */
    private static final String STRANGER = "op-6112082001";

    private static final String PATH = "/api/change-requests";

    @Autowired
    Api api;

    @Autowired
    ChangeDriver driver;

    @Autowired
    JdbcTemplate jdbc;

    /** An active household of Rasau Jaya Dua that no change touches, on a family card of its own. */
    private long untouchedHousehold() {
        Long id = jdbc.queryForObject("""
                select min(h.id) from household h
                where h.village_code = ? and h.status = 'ACTIVE'
                  and not exists (select 1 from change_request c where c.household_id = h.id)
                  and (select count(*) from household o where o.kk_number = h.kk_number) = 1
                  and exists (select 1 from household_member m where m.household_id = h.id and m.status = 'ACTIVE')
                """, Long.class, RASAU_JAYA_DUA);
        assertThat(id).as("an untouched household of Rasau Jaya Dua").isNotNull();
        return id;
    }

    private long changeRequests() {
        return jdbc.queryForObject("select count(*) from change_request", Long.class);
    }

    private static Map<String, Object> reverification(long householdId, String reason) {
        return Map.of("type", "REVERIFY", "householdId", householdId, "reason", reason);
    }

    private String proposeReverificationOf(long household) {
        var created = api.as(OPERATOR).post(PATH, reverification(household, "Verifikasi berkala"));
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("number").asText();
    }

    private JsonNode proposeReverification() {
        var created = api.as(OPERATOR).post(PATH, reverification(untouchedHousehold(), "Verifikasi berkala"));
        assertThat(created.status()).isEqualTo(201);
        return created.body();
    }

    private ChangeRequestView view(JsonNode change) {
        return driver.changes.get(change.get("id").asLong());
    }

    private Map<String, Object> newHousehold(String villageCode, List<NewMember> members) {
        var proposed = driver.newHousehold(members);
        var household = new NewHousehold(
                proposed.kkNumber(),
                proposed.address(),
                proposed.rt(),
                proposed.rw(),
                villageCode,
                proposed.welfare(),
                proposed.members());
        return Map.of("type", "NEW_HOUSEHOLD", "household", household, "reason", "Belum terdaftar");
    }

    private NewMember member(String nik, String name, Relationship relationship) {
        return new NewMember(nik, name, LocalDate.of(1990, 5, 22), Sex.FEMALE, relationship);
    }

    private NewMember freshMember(String name, Relationship relationship) {
        return member(driver.freshNik(LocalDate.of(1990, 5, 22), Sex.FEMALE), name, relationship);
    }

    private static List<JsonNode> content(Api.Response page) {
        assertThat(page.status()).isEqualTo(200);
        List<JsonNode> rows = new ArrayList<>();
        page.body().get("content").forEach(rows::add);
        return rows;
    }

    private List<String> numbersListedFor(String user, String query) {
        return content(api.as(user).get(PATH + "?size=100" + query)).stream()
                .map(row -> row.get("number").asText())
                .toList();
    }

    private static List<String> fields(Api.Response problem) {
        return StreamSupport.stream(problem.body().get("errors").spliterator(), false)
                .map(error -> error.get("field").asText())
                .toList();
    }

    // Proposing

    @Test
    void a_village_operator_proposes_for_a_household_of_their_village_and_gets_its_number_and_address() {
        long household = untouchedHousehold();

        var created = api.as(OPERATOR).post(PATH, reverification(household, "Verifikasi berkala"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode change = created.body();
        int year = ChangeRequestNumbers.yearAt(Instant.now());
        assertThat(change.get("number").asText()).matches("CR-6112-" + year + "-\\d{6}");
        assertThat(change.get("type").asText()).isEqualTo("REVERIFY");
        assertThat(change.get("stage").asText()).isEqualTo("CHECKS");
        assertThat(change.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(change.get("householdId").asLong()).isEqualTo(household);
        assertThat(change.get("villageCode").asText()).isEqualTo(RASAU_JAYA_DUA);
        assertThat(change.get("villageName").asText()).isEqualTo("Rasau Jaya Dua");
        assertThat(change.get("householdHead").asText()).isNotBlank();
        assertThat(change.get("proposedBy").asText()).isEqualTo(OPERATOR);
        assertThat(change.get("decisions")).isEmpty();

        var location = created.headers().getLocation();
        assertThat(location).isNotNull();
        assertThat(location.getPath()).isEqualTo(PATH + "/" + change.get("id").asLong());
        var fetched = api.as(OPERATOR).get(location.getPath());
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.body().get("number").asText())
                .isEqualTo(change.get("number").asText());
    }

    @Test
    void a_new_household_is_proposed_with_its_members_and_its_head_named() {
        var body = newHousehold(
                RASAU_JAYA_DUA,
                List.of(freshMember("Siti Aminah", Relationship.HEAD), freshMember("Nur Aisyah", Relationship.CHILD)));

        var created = api.as(OPERATOR).post(PATH, body);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("type").asText()).isEqualTo("NEW_HOUSEHOLD");
        assertThat(created.body().has("householdId")).isFalse();
        assertThat(created.body().get("householdHead").asText()).isEqualTo("Siti Aminah");
        assertThat(created.body().get("villageCode").asText()).isEqualTo(RASAU_JAYA_DUA);
    }

    @Test
    void a_large_household_with_long_names_is_proposed_and_passes_its_checks() {
        var members = new ArrayList<NewMember>();
        members.add(freshMember(longName(0), Relationship.HEAD));
        for (int i = 1; i < 30; i++) {
            members.add(freshMember(longName(i), Relationship.OTHER_RELATIVE));
        }

        var created = api.as(OPERATOR).post(PATH, newHousehold(RASAU_JAYA_DUA, members));

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        var checked = driver.check(view(created.body()));
        assertThat(checked.stage()).isNotEqualTo(Stage.CHECKS);
        assertThat(checked.civilRegistryResult()).isNotNull();
    }

    @Test
    void a_household_beyond_fifty_members_is_refused_naming_the_members() {
        long before = changeRequests();
        for (int size : new int[] {NewHousehold.MAX_MEMBERS + 1, 5_000}) {
            var members = new ArrayList<NewMember>();
            members.add(member("6112046205900001", "Siti Aminah", Relationship.HEAD));
            for (int i = 1; i < size; i++) {
                members.add(member("6112046205900001", "Anggota " + i, Relationship.OTHER_RELATIVE));
            }

            var refused = api.as(OPERATOR).post(PATH, newHousehold(RASAU_JAYA_DUA, members));

            assertThat(refused.status()).as("%d members", size).isEqualTo(400);
            assertThat(fields(refused)).contains("household.members");
        }
        assertThat(changeRequests()).isEqualTo(before);
    }

    /** A name of 100 letters, the most a member's name may have, different for each member. */
    private static String longName(int member) {
        return ("Siti Nurhaliza " + (char) ('A' + member % 26) + " binti Abdurrahman Wahid ")
                .repeat(4)
                .substring(0, 100);
    }

    @Test
    void the_same_idempotency_key_and_body_answer_with_the_first_change_and_create_nothing() {
        long household = untouchedHousehold();
        var operator =
                api.as(OPERATOR).withHeader("Idempotency-Key", UUID.randomUUID().toString());
        var first = operator.post(PATH, reverification(household, "Verifikasi berkala"));
        long before = changeRequests();

        // The same proposal, its JSON spaced and ordered differently.
        var again = operator.post(PATH, """
                { "reason" : "Verifikasi berkala",
                  "householdId" : %d, "type" : "REVERIFY" }""".formatted(household));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("id").asLong())
                .isEqualTo(first.body().get("id").asLong());
        assertThat(again.body().get("number").asText())
                .isEqualTo(first.body().get("number").asText());
        assertThat(again.headers().getLocation()).isEqualTo(first.headers().getLocation());
        assertThat(changeRequests()).isEqualTo(before);
    }

    @Test
    void the_same_idempotency_key_with_another_body_is_refused_naming_the_header() {
        long household = untouchedHousehold();
        var operator =
                api.as(OPERATOR).withHeader("Idempotency-Key", UUID.randomUUID().toString());
        assertThat(operator.post(PATH, reverification(household, "Verifikasi berkala"))
                        .status())
                .isEqualTo(201);
        long before = changeRequests();

        var other = operator.post(PATH, reverification(household, "Hasil musdes"));
        var otherInEnglish = operator.inLanguage("en").post(PATH, reverification(household, "Hasil musdes"));

        assertThat(other.status()).isEqualTo(422);
        assertThat(fields(other)).containsExactly("Idempotency-Key");
        assertThat(other.body().get("detail").asText()).contains("Idempotency-Key", "berbeda");
        assertThat(otherInEnglish.status()).isEqualTo(422);
        assertThat(otherInEnglish.body().get("title").asText()).isEqualTo("Cannot be processed");
        assertThat(otherInEnglish.body().at("/errors/0/message").asText())
                .isEqualTo("You have already used this Idempotency-Key for a change request with a different body."
                        + " Use a new key for a new change request.");
        assertThat(changeRequests()).isEqualTo(before);
    }

    @Test
    void simultaneous_retries_with_one_key_create_one_change() throws Exception {
        var operator =
                api.as(OPERATOR).withHeader("Idempotency-Key", UUID.randomUUID().toString());
        var body = reverification(untouchedHousehold(), "Verifikasi berkala");
        long before = changeRequests();

        var answers = AllAtOnce.run(8, () -> operator.post(PATH, body));

        assertThat(answers)
                .extracting(Api.Response::status)
                .containsOnly(201, 200)
                .containsOnlyOnce(201);
        assertThat(answers)
                .extracting(answer -> answer.body().get("id").asLong())
                .containsOnly(answers.get(0).body().get("id").asLong());
        assertThat(changeRequests()).isEqualTo(before + 1);
    }

    @Test
    void only_a_village_operator_proposes_and_only_in_their_own_village() {
        long household = untouchedHousehold();
        long before = changeRequests();

        for (String official : List.of(VILLAGE_HEAD, CAMAT, "dinsos-6112", "pusdatin")) {
            assertThat(api.as(official)
                            .post(PATH, reverification(household, "Verifikasi berkala"))
                            .status())
                    .as(official)
                    .isEqualTo(403);
        }
        var elsewhere = api.as(NEIGHBOUR).post(PATH, reverification(household, "Verifikasi berkala"));
        var nowhere = api.as(NEIGHBOUR).post(PATH, reverification(999_999_999L, "Verifikasi berkala"));
        var newHouseholdElsewhere = api.as(NEIGHBOUR)
                .post(PATH, newHousehold(RASAU_JAYA_DUA, List.of(freshMember("Siti Aminah", Relationship.HEAD))));

        // A household in another village answers as one that does not exist: nothing tells them apart.
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(fields(elsewhere)).containsExactly("householdId");
        assertThat(elsewhere.body().get("detail").asText())
                .isEqualTo("Rumah tangga " + household + " tidak ditemukan.");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.body().toString().replace("999999999", String.valueOf(household)))
                .isEqualTo(elsewhere.body().toString());
        assertThat(newHouseholdElsewhere.status()).isEqualTo(403);
        assertThat(changeRequests()).isEqualTo(before);
    }

    // Listing and reading

    @Test
    void each_official_lists_the_changes_of_their_own_region_newest_first() {
        JsonNode change = proposeReverification();
        String number = change.get("number").asText();

        var mine = content(api.as(OPERATOR).get(PATH + "?size=100"));
        assertThat(mine)
                .allSatisfy(row -> assertThat(row.get("villageCode").asText()).isEqualTo(RASAU_JAYA_DUA));
        JsonNode row = mine.stream()
                .filter(r -> r.get("number").asText().equals(number))
                .findFirst()
                .orElseThrow();
        assertThat(row.get("id").asLong()).isEqualTo(change.get("id").asLong());
        assertThat(row.get("type").asText()).isEqualTo("REVERIFY");
        assertThat(row.get("stage").asText()).isEqualTo("CHECKS");
        assertThat(row.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(row.get("villageName").asText()).isEqualTo("Rasau Jaya Dua");
        assertThat(row.get("householdHead").asText())
                .isEqualTo(change.get("householdHead").asText());
        assertThat(row.get("overdue").asBoolean()).isFalse();
        assertThat(row.get("proposedAt").asText()).isNotBlank();
        assertThat(row.get("proposedBy").asText()).isEqualTo(OPERATOR);
        assertThat(row.toString()).doesNotContainPattern("\\d{16}");
        assertThat(mine)
                .extracting(r -> Instant.parse(r.get("proposedAt").asText()))
                .isSortedAccordingTo(Collections.reverseOrder());
        assertThat(api.as(OPERATOR).get(PATH).body().get("totalElements").asLong())
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from change_request where village_code = ?", Long.class, RASAU_JAYA_DUA));

        assertThat(numbersListedFor(CAMAT, "")).contains(number);
        assertThat(content(api.as(CAMAT).get(PATH + "?size=100")))
                .allSatisfy(r -> assertThat(r.get("villageCode").asText()).startsWith(RASAU_JAYA + "."));
        assertThat(numbersListedFor("dinsos-6112", "&region=" + RASAU_JAYA)).contains(number);
        assertThat(numbersListedFor("auditor-6112", "&region=" + RASAU_JAYA_DUA))
                .contains(number);
        assertThat(numbersListedFor("pusdatin", "&region=" + RASAU_JAYA_DUA)).contains(number);
        assertThat(numbersListedFor(NEIGHBOUR, "")).doesNotContain(number);
        assertThat(numbersListedFor(STRANGER, "")).doesNotContain(number);
        assertThat(numbersListedFor("camat-611208", "")).doesNotContain(number);
    }

    @Test
    void the_list_filters_by_status_and_stage_and_refuses_a_region_outside_the_callers() {
        String number = proposeReverification().get("number").asText();

        assertThat(numbersListedFor(OPERATOR, "&status=IN_PROGRESS&stage=CHECKS"))
                .contains(number);
        assertThat(numbersListedFor(OPERATOR, "&stage=CHECKS")).contains(number);
        assertThat(numbersListedFor(OPERATOR, "&stage=FIELD_CHECK")).doesNotContain(number);
        assertThat(numbersListedFor(OPERATOR, "&status=WITHDRAWN")).doesNotContain(number);

        var otherKecamatan = api.as(CAMAT).inLanguage("en").get(PATH + "?region=61.12.08");
        assertThat(otherKecamatan.status()).isEqualTo(403);
        assertThat(otherKecamatan.body().get("detail").asText()).isEqualTo("Region 61.12.08 is outside your region.");
        assertThat(api.as(OPERATOR).get(PATH + "?region=" + RASAU_JAYA).status())
                .isEqualTo(403);

        var badStage = api.as(OPERATOR).get(PATH + "?stage=SOMEWHERE");
        assertThat(badStage.status()).isEqualTo(400);
        assertThat(fields(badStage)).containsExactly("stage");
        var badPaging = api.as(OPERATOR).get(PATH + "?page=-1&size=1000&region=61-12");
        assertThat(badPaging.status()).isEqualTo(400);
        assertThat(fields(badPaging)).containsExactlyInAnyOrder("page", "size", "region");
    }

    @Test
    void the_household_filter_lists_exactly_that_households_changes_and_nothing_outside_the_callers_region() {
        long household = untouchedHousehold();
        var first = api.as(OPERATOR).post(PATH, reverification(household, "Verifikasi berkala"));
        var again = new LinkedHashMap<String, Object>(reverification(household, "Verifikasi ulang"));
        again.put("confirmedWarnings", List.of("CHANGE_IN_FLIGHT"));
        var second = api.as(OPERATOR).post(PATH, again);
        String elsewhere = proposeReverification().get("number").asText();
        assertThat(List.of(first.status(), second.status())).containsOnly(201);
        String firstNumber = first.body().get("number").asText();
        String secondNumber = second.body().get("number").asText();

        String query = "&household=" + household;
        assertThat(numbersListedFor(OPERATOR, query)).containsExactly(secondNumber, firstNumber);
        assertThat(numbersListedFor(CAMAT, query)).containsExactly(secondNumber, firstNumber);
        assertThat(numbersListedFor(OPERATOR, query + "&status=IN_PROGRESS"))
                .containsExactly(secondNumber, firstNumber);
        assertThat(numbersListedFor(OPERATOR, query + "&status=WITHDRAWN")).isEmpty();
        assertThat(numbersListedFor(OPERATOR, "")).contains(elsewhere, firstNumber, secondNumber);
        assertThat(api.as(OPERATOR)
                        .get(PATH + "?household=" + household)
                        .body()
                        .get("totalElements")
                        .asLong())
                .isEqualTo(2);

        assertThat(numbersListedFor(NEIGHBOUR, query)).isEmpty();
        assertThat(numbersListedFor(STRANGER, query)).isEmpty();
        assertThat(numbersListedFor("camat-611208", query)).isEmpty();
        assertThat(api.as(STRANGER)
                        .get(PATH + "?household=" + household)
                        .body()
                        .get("totalElements")
                        .asLong())
                .isZero();

        var badHousehold = api.as(OPERATOR).get(PATH + "?household=someone");
        assertThat(badHousehold.status()).isEqualTo(400);
        assertThat(fields(badHousehold)).containsExactly("household");
    }

    @Test
    void details_show_the_stage_due_date_decisions_and_check_findings_with_masked_niks() {
        JsonNode created = proposeReverification();
        var change = driver.check(view(created));
        driver.decide(change, ChangeDriver.approvalAt(Stage.FIELD_CHECK));

        var details = api.as(OPERATOR).get(PATH + "/" + created.get("id").asLong());

        assertThat(details.status()).isEqualTo(200);
        JsonNode body = details.body();
        assertThat(body.get("stage").asText()).isEqualTo("VILLAGE_DELIBERATION");
        assertThat(body.get("dueDate").asText()).isNotBlank();
        assertThat(body.get("overdue").asBoolean()).isFalse();
        assertThat(body.get("villageName").asText()).isEqualTo("Rasau Jaya Dua");
        assertThat(body.get("householdHead").asText()).isNotBlank();
        assertThat(body.get("civilRegistryResult").asText()).isNotBlank();
        assertThat(body.get("decisions")).hasSize(1);
        assertThat(body.at("/decisions/0/stage").asText()).isEqualTo("FIELD_CHECK");
        assertThat(body.at("/decisions/0/decision").asText()).isEqualTo("APPROVE");
        assertThat(body.at("/decisions/0/actor").asText()).isEqualTo(OPERATOR);
        assertThat(body.at("/checks/civilRegistryMatches")).isNotEmpty().allSatisfy(match -> {
            assertThat(match.get("nikMasked").asText()).matches("\\d{6}\\*{6}\\d{4}");
            assertThat(match.get("result").asText()).isNotBlank();
        });
        assertThat(body.toString()).doesNotContainPattern("\\d{16}");
        assertThat(api.as(CAMAT).get(PATH + "/" + created.get("id").asLong()).status())
                .isEqualTo(200);
    }

    @Test
    void an_added_member_is_shown_as_proposed_beside_the_households_address_with_numbers_masked() {
        long household = untouchedHousehold();
        var budi = new NewMember(
                driver.freshNik(LocalDate.of(2020, 3, 15), Sex.MALE),
                "Budi Anak",
                LocalDate.of(2020, 3, 15),
                Sex.MALE,
                Relationship.CHILD);
        var created = api.as(OPERATOR)
                .post(PATH, Map.of("type", "ADD_MEMBER", "householdId", household, "member", budi, "reason", "Lahir"));
        assertThat(created.status()).isEqualTo(201);

        JsonNode body = api.as(VILLAGE_HEAD)
                .get(PATH + "/" + created.body().get("id").asLong())
                .body();

        assertThat(body.at("/proposal/member/name").asText()).isEqualTo("Budi Anak");
        assertThat(body.at("/proposal/member/birthDate").asText()).isEqualTo("2020-03-15");
        assertThat(body.at("/proposal/member/sex").asText()).isEqualTo("MALE");
        assertThat(body.at("/proposal/member/relationship").asText()).isEqualTo("CHILD");
        assertThat(body.at("/proposal/member/nikMasked").asText()).isEqualTo(Nik.mask(budi.nik()));
        var registered = jdbc.queryForMap("select address, rt, rw, kk_number from household where id = ?", household);
        assertThat(body.at("/proposal/household/address").asText()).isEqualTo(registered.get("ADDRESS"));
        assertThat(body.at("/proposal/household/rt").asText()).isEqualTo(registered.get("RT"));
        assertThat(body.at("/proposal/household/kkNumberMasked").asText())
                .isEqualTo(Nik.mask((String) registered.get("KK_NUMBER")));
        assertThat(body.toString()).doesNotContainPattern("\\d{16}");
    }

    @Test
    void a_correction_shows_each_changed_field_before_and_proposed_and_keeps_the_before_once_applied() {
        long household = untouchedHousehold();
        var registered = jdbc.queryForMap("select address, rt, rw from household where id = ?", household);
        String rt = "0".equals(String.valueOf(registered.get("RT")).substring(0, 1)) ? "77" : "077";
        var update = new LinkedHashMap<String, Object>();
        update.put("address", "Jl. Parit Baru No. 7");
        update.put("rt", rt);
        update.put("rw", registered.get("RW")); // unchanged: not listed
        var created = api.as(OPERATOR)
                .post(
                        PATH,
                        Map.of("type", "UPDATE", "householdId", household, "update", update, "reason", "Pindah RT"));
        assertThat(created.status()).isEqualTo(201);
        long id = created.body().get("id").asLong();

        JsonNode fields = api.as(OPERATOR).get(PATH + "/" + id).body().at("/proposal/fields");
        assertThat(fields).hasSize(2);
        assertThat(fields.at("/0/field").asText()).isEqualTo("address");
        assertThat(fields.at("/0/before").asText()).isEqualTo(registered.get("ADDRESS"));
        assertThat(fields.at("/0/proposed").asText()).isEqualTo("Jl. Parit Baru No. 7");
        assertThat(fields.at("/1/field").asText()).isEqualTo("rt");
        assertThat(fields.at("/1/before").asText()).isEqualTo(registered.get("RT"));
        assertThat(fields.at("/1/proposed").asText()).isEqualTo(rt);

        driver.approved.apply(created.body().get("number").asText());
        assertThat(jdbc.queryForObject("select address from household where id = ?", String.class, household))
                .isEqualTo("Jl. Parit Baru No. 7");
        JsonNode applied = api.as(OPERATOR).get(PATH + "/" + id).body().at("/proposal/fields");
        assertThat(applied.at("/0/before").asText()).isEqualTo(registered.get("ADDRESS"));
        assertThat(applied.at("/1/before").asText()).isEqualTo(registered.get("RT"));
    }

    @Test
    void a_member_removal_shows_the_member_and_the_reason_category() {
        long household = untouchedHousehold();
        var member = jdbc.queryForMap(
                "select id, name, relationship from household_member where household_id = ? and status = 'ACTIVE'"
                        + " order by id desc limit 1",
                household);
        var created = api.as(OPERATOR)
                .post(
                        PATH,
                        Map.of(
                                "type", "REMOVE_MEMBER",
                                "householdId", household,
                                "memberId", member.get("ID"),
                                "removalReason", "DECEASED",
                                "reason", "Meninggal 2 November"));
        assertThat(created.status()).isEqualTo(201);

        JsonNode body = api.as(OPERATOR)
                .get(PATH + "/" + created.body().get("id").asLong())
                .body();

        assertThat(body.get("removalReason").asText()).isEqualTo("DECEASED");
        assertThat(body.at("/proposal/member/name").asText()).isEqualTo(member.get("NAME"));
        assertThat(body.at("/proposal/member/relationship").asText()).isEqualTo(member.get("RELATIONSHIP"));
    }

    @Test
    void a_nik_that_says_another_sex_and_birth_date_is_refused_naming_all_three_fields_and_what_it_says() {
        long before = changeRequests();
        // 611204 58 08 41 0002: a woman born 18-08-1941, entered for a boy born 15-03-2020.
        var budi =
                new NewMember("6112045808410002", "Budi Anak", LocalDate.of(2020, 3, 15), Sex.MALE, Relationship.CHILD);
        var body = Map.of("type", "ADD_MEMBER", "householdId", untouchedHousehold(), "member", budi, "reason", "Lahir");

        var refused = api.as(OPERATOR).post(PATH, body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactlyInAnyOrder("member.nik", "member.sex", "member.birthDate");
        assertThat(refused.body().toString()).contains("perempuan", "18-08-1941");
        var inEnglish = api.as(OPERATOR).inLanguage("en").post(PATH, body);
        assertThat(inEnglish.body().toString()).contains("a woman born 18-08-1941");
        assertThat(changeRequests()).isEqualTo(before);

        var sameSexOtherDay = new NewMember(
                "6112045808410002", "Siti Aminah", LocalDate.of(1941, 8, 19), Sex.FEMALE, Relationship.PARENT);
        var refusedDate = api.as(OPERATOR)
                .post(
                        PATH,
                        Map.of("type", "ADD_MEMBER", "householdId", untouchedHousehold(), "member", sameSexOtherDay));
        assertThat(fields(refusedDate)).containsExactlyInAnyOrder("member.nik", "member.birthDate");
    }

    @Test
    void a_household_with_a_change_under_way_gets_another_only_once_the_proposer_confirms() {
        long household = untouchedHousehold();
        String first = proposeReverificationOf(household);
        long before = changeRequests();
        var removal = new LinkedHashMap<String, Object>(Map.of(
                "type", "REMOVE_HOUSEHOLD", "householdId", household, "removalReason", "MOVED", "reason", "Pindah"));

        var warned = api.as(OPERATOR).post(PATH, removal);

        assertThat(warned.status()).isEqualTo(409);
        assertThat(warned.body().at("/warnings/0/code").asText()).isEqualTo("CHANGE_IN_FLIGHT");
        assertThat(warned.body().at("/warnings/0/message").asText()).contains(first, "pada tahap");
        assertThat(warned.body().get("warnings")).hasSize(1);
        assertThat(changeRequests()).isEqualTo(before);

        removal.put("confirmedWarnings", List.of("CHANGE_IN_FLIGHT"));
        assertThat(api.as(OPERATOR).post(PATH, removal).status()).isEqualTo(201);
        assertThat(changeRequests()).isEqualTo(before + 1);
    }

    @Test
    void a_person_already_on_another_household_is_proposed_only_once_the_proposer_confirms() {
        var elsewhere = jdbc.queryForMap(
                "select m.nik, m.name, m.birth_date, m.sex from household_member m join household h on h.id ="
                        + " m.household_id where h.village_code = ? and h.status = 'ACTIVE' and m.status = 'ACTIVE'"
                        + " order by m.id limit 1",
                RASAU_JAYA_DUA);
        var again = new NewMember(
                (String) elsewhere.get("NIK"),
                (String) elsewhere.get("NAME"),
                ((java.sql.Date) elsewhere.get("BIRTH_DATE")).toLocalDate(),
                Sex.valueOf((String) elsewhere.get("SEX")),
                Relationship.OTHER_RELATIVE);
        long before = changeRequests();
        var addition = new LinkedHashMap<String, Object>(
                Map.of("type", "ADD_MEMBER", "householdId", untouchedHousehold(), "member", again, "reason", "Ikut"));

        var warned = api.as(OPERATOR).inLanguage("en").post(PATH, addition);

        assertThat(warned.status()).isEqualTo(409);
        assertThat(warned.body().at("/warnings/0/code").asText()).isEqualTo("NIK_ON_ANOTHER_HOUSEHOLD");
        assertThat(warned.body().at("/warnings/0/message").asText())
                .contains(again.nik(), "already an active member of another household");
        assertThat(changeRequests()).isEqualTo(before);

        addition.put("confirmedWarnings", List.of("NIK_ON_ANOTHER_HOUSEHOLD"));
        assertThat(api.as(OPERATOR).post(PATH, addition).status()).isEqualTo(201);
    }

    @Test
    void a_change_outside_the_callers_region_is_not_found_and_reveals_nothing() {
        JsonNode change = proposeReverification();
        long id = change.get("id").asLong();

        var outside = api.as(STRANGER).get(PATH + "/" + id);
        var neighbour = api.as(NEIGHBOUR).get(PATH + "/" + id);
        var missing = api.as(STRANGER).get(PATH + "/999999999");

        assertThat(outside.status()).isEqualTo(404);
        assertThat(neighbour.status()).isEqualTo(404);
        assertThat(outside.body().get("detail").asText()).isEqualTo("Usulan perubahan " + id + " tidak ditemukan.");
        assertThat(outside.body().toString())
                .doesNotContain(change.get("number").asText(), "Rasau", RASAU_JAYA_DUA, OPERATOR);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().get("detail").asText()).isEqualTo("Usulan perubahan 999999999 tidak ditemukan.");
    }

    // Withdrawing

    @Test
    void only_the_proposer_withdraws_and_the_change_ends_withdrawn() {
        JsonNode change = proposeReverification();
        String withdraw = PATH + "/" + change.get("id").asLong() + "/withdraw";

        var byVillageHead = api.as(VILLAGE_HEAD).post(withdraw, Map.of());
        var byCamat = api.as(CAMAT).post(withdraw, Map.of());
        var byStranger = api.as(STRANGER).post(withdraw, Map.of());
        assertThat(byVillageHead.status()).isEqualTo(403);
        assertThat(byCamat.status()).isEqualTo(403);
        assertThat(byStranger.status()).isEqualTo(404);
        assertThat(view(change).status()).isEqualTo(ChangeStatus.IN_PROGRESS);

        var withdrawn = api.as(OPERATOR).post(withdraw, Map.of());

        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.body().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.body().get("stage").asText()).isEqualTo("DONE");
        assertThat(view(change).status()).isEqualTo(ChangeStatus.WITHDRAWN);
        assertThat(api.as(OPERATOR).post(withdraw, Map.of()).status()).isEqualTo(409);
    }

    @Test
    void a_change_the_district_has_approved_can_no_longer_be_withdrawn() {
        JsonNode created = proposeReverification();
        driver.approveUpTo(driver.check(view(created)), Stage.MINISTRY_DETERMINATION);

        var refused = api.as(OPERATOR)
                .inLanguage("en")
                .post(PATH + "/" + created.get("id").asLong() + "/withdraw", Map.of());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("detail").asText())
                .isEqualTo("This change can no longer be withdrawn: the district has ratified it or its process has"
                        + " ended.");
        assertThat(view(created).status()).isEqualTo(ChangeStatus.IN_PROGRESS);
        assertThat(view(created).stage()).isEqualTo(Stage.MINISTRY_DETERMINATION);
    }

    // Bad input: each answer names the field, and nothing is created

    @Test
    void every_rule_a_proposed_nik_or_family_card_breaks_is_named_at_its_field() {
        long before = changeRequests();
        var body = new LinkedHashMap<>(newHousehold(
                RASAU_JAYA_DUA,
                List.of(
                        member("61120722", "Siti Aminah", Relationship.HEAD),
                        member("9912076205900001", "Nur Aisyah", Relationship.CHILD),
                        member("6112073213900001", "Ahmad Fauzi", Relationship.CHILD),
                        member("6112076205900000", "Dewi Lestari", Relationship.CHILD))));
        var household = (NewHousehold) body.get("household");
        body.put(
                "household",
                new NewHousehold(
                        "6112-0701",
                        household.address(),
                        household.rt(),
                        household.rw(),
                        household.villageCode(),
                        household.welfare(),
                        household.members()));

        var refused = api.as(OPERATOR).post(PATH, body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors"))
                .extracting(
                        e -> e.get("field").asText() + ": " + e.get("message").asText())
                .containsExactlyInAnyOrder(
                        "household.kkNumber: Nomor KK harus 16 angka.",
                        "household.members[0].nik: NIK harus 16 angka.",
                        "household.members[1].nik: Enam angka pertama NIK bukan kode kecamatan yang ada.",
                        "household.members[2].nik: Angka ke-7 sampai ke-12 NIK bukan tanggal lahir yang sah"
                                + " (DDMMYY; perempuan: tanggal ditambah 40).",
                        "household.members[3].nik: Empat angka terakhir NIK (nomor urut) mulai dari 0001.");

        var inEnglish = api.as(OPERATOR)
                .inLanguage("en")
                .post(
                        PATH,
                        Map.of(
                                "type",
                                "ADD_MEMBER",
                                "householdId",
                                untouchedHousehold(),
                                "member",
                                household.members().get(0)));
        assertThat(inEnglish.status()).isEqualTo(400);
        assertThat(inEnglish.body().get("title").asText()).isEqualTo("Invalid input");
        assertThat(inEnglish.body().get("errors"))
                .extracting(
                        e -> e.get("field").asText() + ": " + e.get("message").asText())
                .containsExactly("member.nik: A NIK has 16 digits.");
        assertThat(changeRequests()).isEqualTo(before);
    }

    @Test
    void incomplete_malformed_or_mistyped_proposals_are_refused_naming_the_field() {
        long household = untouchedHousehold();
        long before = changeRequests();
        var operator = api.as(OPERATOR);

        var noType = operator.post(PATH, Map.of("householdId", household, "reason", "Verifikasi berkala"));
        var unknownType = operator.post(PATH, Map.of("type", "MOVE_HOUSE", "householdId", household));
        var unknownReason = operator.post(
                PATH, Map.of("type", "REMOVE_HOUSEHOLD", "householdId", household, "removalReason", "EMIGRATED"));
        var noRemovalReason = operator.post(PATH, Map.of("type", "REMOVE_HOUSEHOLD", "householdId", household));
        var noHousehold = operator.post(PATH, Map.of("type", "NEW_HOUSEHOLD"));
        var notAnId = operator.post(PATH, Map.of("type", "REVERIFY", "householdId", "abc"));
        var tooLong = operator.post(PATH, reverification(household, "x".repeat(501)));
        var malformed = operator.post(PATH, "{\"type\": \"REVERIFY\", \"householdId\": ");
        var empty = operator.send(HttpMethod.POST, PATH, null);
        var oversizeKey = operator.withHeader("Idempotency-Key", "k".repeat(81))
                .post(PATH, reverification(household, "Verifikasi berkala"));
        // An unknown household answers 404, as one outside the caller's village does (see
        // only_a_village_operator_proposes_and_only_in_their_own_village): a 400 for one and a 404 for the other
        // would tell which ids exist elsewhere. It still names householdId, as every refused input is named.
        var unknownHousehold = operator.post(PATH, reverification(999_999_999L, "Verifikasi berkala"));

        assertThat(List.of(
                        noType,
                        unknownType,
                        unknownReason,
                        noRemovalReason,
                        noHousehold,
                        notAnId,
                        tooLong,
                        malformed,
                        empty,
                        oversizeKey))
                .allSatisfy(response -> {
                    assertThat(response.status()).isEqualTo(400);
                    assertThat(response.body().toString()).doesNotContain("Exception", "java.", "SQL");
                });
        assertThat(fields(noType)).containsExactly("type");
        assertThat(noType.body().at("/errors/0/message").asText()).isEqualTo("Wajib diisi.");
        assertThat(fields(unknownType)).containsExactly("type");
        assertThat(fields(unknownReason)).containsExactly("removalReason");
        assertThat(fields(noRemovalReason)).containsExactly("removalReason");
        assertThat(fields(noHousehold)).containsExactly("household");
        assertThat(fields(notAnId)).containsExactly("householdId");
        assertThat(fields(tooLong)).containsExactly("reason");
        assertThat(malformed.body().get("detail").asText())
                .isEqualTo("Isi permintaan tidak dapat dibaca sebagai JSON.");
        assertThat(fields(oversizeKey)).containsExactly("Idempotency-Key");
        assertThat(unknownHousehold.status()).isEqualTo(404);
        assertThat(fields(unknownHousehold)).containsExactly("householdId");
        assertThat(changeRequests()).isEqualTo(before);
    }
}
