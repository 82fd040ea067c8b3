package id.verivali.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.verivali.changerequest.ChangeRequestView;
import id.verivali.changerequest.Stage;
import id.verivali.household.HouseholdUpdate;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.Relationship;
import id.verivali.household.Sex;
import id.verivali.support.AllAtOnce;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import id.verivali.workflow.ChangeDriver;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@IntegrationTest
@Import(ChangeDriver.class)
class InboxSearchAndClaimApiIT {

    @Autowired
    Api api;

    @Autowired
    ChangeDriver driver;

    /** Villages of Terentang other than Teluk Empening, most untouched households first. */
    private List<String> villages() {
        return driver.villagesByUntouchedHouseholds(ChangeDriver.TERENTANG).stream()
                .filter(village -> !village.equals(ChangeDriver.TELUK_EMPENING))
                .toList();
    }

    private ChangeRequestView fieldCheckIn(String village) {
        return driver.check(driver.proposeReverification(driver.untouchedHouseholdIn(village)));
    }

    private static List<JsonNode> items(Api.Response inbox) {
        assertThat(inbox.status()).isEqualTo(200);
        return StreamSupport.stream(inbox.body().get("content").spliterator(), false)
                .toList();
    }

    private static List<String> numbers(Api.Response inbox) {
        return items(inbox).stream()
                .map(item -> item.get("changeRequestNumber").asText())
                .toList();
    }

    private String taskIdOf(String user, ChangeRequestView change) {
        return items(api.as(user).get("/api/tasks?size=5&q=" + change.number())).stream()
                .findFirst()
                .orElseThrow()
                .get("id")
                .asText();
    }

    @Test
    void the_inbox_finds_a_change_by_its_number_its_heads_name_or_a_members_nik() {
        var change = fieldCheckIn(villages().get(0));
        var other = fieldCheckIn(change.villageCode());
        var operator = ChangeDriver.officialOf(change);

        assertThat(numbers(api.as(operator).get("/api/tasks?q=" + change.number())))
                .containsExactly(change.number());
        assertThat(numbers(
                        api.as(operator).get("/api/tasks?q=" + change.number().toLowerCase())))
                .containsExactly(change.number());

        String head = items(api.as(operator).get("/api/tasks?q=" + change.number()))
                .get(0)
                .get("householdHead")
                .asText();
        String part = head.split(" ")[0].toLowerCase();
        var byName = api.as(operator).get("/api/tasks?size=100&q=" + part);
        assertThat(numbers(byName)).contains(change.number());
        assertThat(items(byName))
                .allSatisfy(
                        item -> assertThat(item.get("householdHead").asText().toLowerCase())
                                .contains(part));

        String nik = driver.activeNiks(change.householdId()).get(0);
        assertThat(numbers(api.as(operator).get("/api/tasks?q=" + nik)))
                .containsExactly(change.number())
                .doesNotContain(other.number());
        assertThat(numbers(api.as(operator).get("/api/tasks?q=9999999999999999")))
                .isEmpty();
    }

    @Test
    void a_nik_finds_the_changes_that_would_put_the_person_on_the_list_or_correct_their_household() {
        var villages = villages();
        var village = villages.stream()
                .filter(code -> !code.equals(ChangeDriver.TERENTANG_HILIR))
                .findFirst()
                .orElseThrow();
        var headBorn = LocalDate.of(1988, 6, 14);
        var head = new NewMember(
                driver.freshNik(headBorn, Sex.MALE), "Rahmat Hidayat", headBorn, Sex.MALE, Relationship.HEAD);
        var spouseBorn = LocalDate.of(1991, 2, 3);
        var spouse = new NewMember(
                driver.freshNik(spouseBorn, Sex.FEMALE), "Nur Aini", spouseBorn, Sex.FEMALE, Relationship.SPOUSE);
        var newHousehold = driver.check(driver.proposeNewHousehold(driver.newHousehold(List.of(head, spouse))));
        var babyBorn = LocalDate.of(2025, 10, 20);
        var baby = new NewMember(
                driver.freshNik(babyBorn, Sex.FEMALE), "Aisyah Putri", babyBorn, Sex.FEMALE, Relationship.CHILD);
        var addition = driver.check(driver.proposeNewMember(driver.untouchedHouseholdIn(village), baby));
        long corrected = driver.untouchedHouseholdIn(village);
        var correction = driver.check(
                driver.proposeUpdate(corrected, new HouseholdUpdate("Jl. Parit Baru No. 7", null, null, null)));
        var correctedMember = driver.activeNiks(corrected).get(0);
        assertThat(List.of(newHousehold, addition, correction))
                .allSatisfy(change -> assertThat(change.stage()).isEqualTo(Stage.FIELD_CHECK));
        var newHouseholdOperator = ChangeDriver.officialOf(newHousehold);
        var operator = ChangeDriver.officialOf(addition);

        // A new household's members are on no household yet: its head and any other member find it.
        assertThat(numbers(api.as(newHouseholdOperator).get("/api/tasks?q=" + spouse.nik())))
                .containsExactly(newHousehold.number());
        assertThat(numbers(api.as(newHouseholdOperator).get("/api/tasks?q=" + head.nik())))
                .containsExactly(newHousehold.number());
        // The member proposed for an existing household, and a member of a household whose data is corrected.
        assertThat(numbers(api.as(operator).get("/api/tasks?q=" + baby.nik()))).containsExactly(addition.number());
        assertThat(numbers(api.as(operator).get("/api/tasks?q=" + correctedMember)))
                .containsExactly(correction.number());
        // A bulk claim of what a NIK finds takes that change's task alone.
        var claim = api.as(operator).post("/api/tasks/claim", Map.of("matching", Map.of("q", baby.nik())));
        assertThat(claim.body().get("claimed").asInt()).isEqualTo(1);
        assertThat(claim.body().at("/results/0/changeRequestNumber").asText()).isEqualTo(addition.number());

        // The same NIKs in another village's inbox, in the same village's inbox of another role, and in another
        // kecamatan's: nothing, as if the changes did not exist.
        var otherVillage = villages.stream()
                .filter(code -> !code.equals(village) && !code.equals(newHousehold.villageCode()))
                .findFirst()
                .orElseThrow();
        for (var outsider : List.of("op-" + otherVillage.replace(".", ""), "kades-" + village.replace(".", ""))) {
            for (var nik : List.of(spouse.nik(), head.nik(), baby.nik(), correctedMember)) {
                assertThat(numbers(api.as(outsider).get("/api/tasks?q=" + nik)))
                        .as("%s searching %s", outsider, nik)
                        .isEmpty();
            }
        }
        assertThat(numbers(api.as(newHouseholdOperator).get("/api/tasks?q=" + baby.nik())))
                .isEmpty();

        var atPlenary = driver.approveUpTo(addition, Stage.SUBDISTRICT_PLENARY);
        assertThat(numbers(api.as(ChangeDriver.officialOf(atPlenary)).get("/api/tasks?q=" + baby.nik())))
                .containsExactly(addition.number());
        assertThat(numbers(api.as("camat-611201").get("/api/tasks?q=" + baby.nik())))
                .isEmpty();
        assertThat(numbers(api.as(operator).get("/api/tasks?q=" + baby.nik()))).isEmpty();
    }

    @Test
    void an_official_above_a_village_narrows_the_inbox_to_a_village_and_cannot_widen_it() {
        var villages = villages();
        var first = driver.approveUpTo(fieldCheckIn(villages.get(0)), Stage.SUBDISTRICT_PLENARY);
        var second = driver.approveUpTo(fieldCheckIn(villages.get(1)), Stage.SUBDISTRICT_PLENARY);
        var camat = ChangeDriver.officialOf(first);

        var all = api.as(camat).get("/api/tasks?size=100");
        assertThat(numbers(all)).contains(first.number(), second.number());
        var narrowed = api.as(camat).get("/api/tasks?size=100&region=" + first.villageCode());
        assertThat(numbers(narrowed)).contains(first.number()).doesNotContain(second.number());
        assertThat(items(narrowed))
                .allSatisfy(item -> assertThat(item.get("villageCode").asText()).isEqualTo(first.villageCode()));

        for (String wider : List.of("61.12", "61.12.01", "61.12.01.2001")) {
            var refused = api.as(camat).get("/api/tasks?region=" + wider);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.body().toString()).doesNotContain("content");
        }
        var operator = "op-" + first.villageCode().replace(".", "");
        assertThat(api.as(operator)
                        .get("/api/tasks?region=" + ChangeDriver.TERENTANG)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void a_bulk_claim_takes_what_is_free_and_says_which_someone_else_has_and_which_are_not_mine() {
        var village = villages().get(0);
        var changes = IntStream.range(0, 3).mapToObj(i -> fieldCheckIn(village)).toList();
        var operator = ChangeDriver.officialOf(changes.get(0));
        var ids = changes.stream().map(change -> taskIdOf(operator, change)).toList();
        var taken = ids.get(1);
        driver.as("op-lain", () -> driver.tasks.claim(taken, "op-lain"));
        var elsewhere = fieldCheckIn(villages().get(1));
        var foreign = taskIdOf(ChangeDriver.officialOf(elsewhere), elsewhere);

        var claim = api.as(operator)
                .post(
                        "/api/tasks/claim",
                        Map.of("taskIds", List.of(ids.get(0), taken, ids.get(2), foreign, "no-such-task")));

        assertThat(claim.status()).isEqualTo(200);
        assertThat(claim.body().get("claimed").asInt()).isEqualTo(2);
        var results = claim.body().get("results");
        assertThat(results.get(0).get("outcome").asText()).isEqualTo("CLAIMED");
        assertThat(results.get(0).get("claimedBy").asText()).isEqualTo(operator);
        assertThat(results.get(1).get("outcome").asText()).isEqualTo("TAKEN");
        assertThat(results.get(1).get("claimedBy").asText()).isEqualTo("op-lain");
        assertThat(results.get(2).get("outcome").asText()).isEqualTo("CLAIMED");
        assertThat(results.get(3).get("outcome").asText()).isEqualTo("NOT_FOUND");
        assertThat(results.get(4).get("outcome").asText()).isEqualTo("NOT_FOUND");
        assertThat(results.get(3).has("changeRequestNumber")).isFalse();
        assertThat(claim.body().toString()).doesNotContain(elsewhere.number());
        assertThat(items(api.as(ChangeDriver.officialOf(elsewhere)).get("/api/tasks?q=" + elsewhere.number()))
                        .get(0)
                        .has("claimedBy"))
                .isFalse();

        var again = api.as(operator)
                .post(
                        "/api/tasks/claim",
                        Map.of("matching", Map.of("q", changes.get(2).number())));
        assertThat(again.body().get("claimed").asInt()).isZero();
        assertThat(again.body().at("/results/0/outcome").asText()).isEqualTo("ALREADY_YOURS");
        assertThat(again.body().at("/results/0/taskId").asText()).isEqualTo(ids.get(2));
    }

    @Test
    void simultaneous_bulk_claims_of_the_same_tasks_claim_each_once_and_never_fail() throws Exception {
        var village = villages().get(0);
        var changes = IntStream.range(0, 2).mapToObj(i -> fieldCheckIn(village)).toList();
        var operator = ChangeDriver.officialOf(changes.get(0));
        var ids = changes.stream().map(change -> taskIdOf(operator, change)).toList();
        var answers = AllAtOnce.run(8, () -> api.as(operator).post("/api/tasks/claim", Map.of("taskIds", ids)));

        assertThat(answers)
                .hasSize(8)
                .allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
        var outcomes = answers.stream()
                .flatMap(answer ->
                        StreamSupport.stream(answer.body().get("results").spliterator(), false))
                .map(result -> result.get("outcome").asText())
                .toList();
        assertThat(outcomes).filteredOn("CLAIMED"::equals).hasSize(2);
        assertThat(outcomes).filteredOn("ALREADY_YOURS"::equals).hasSize(14);
    }

    @Test
    void a_bulk_claim_without_tasks_or_with_too_many_is_refused_naming_the_field() {
        var none = api.as("dinsos-6112").post("/api/tasks/claim", Map.of());
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body().at("/errors/0/field").asText()).isEqualTo("taskIds");

        var tooMany = api.as("dinsos-6112")
                .post(
                        "/api/tasks/claim",
                        Map.of(
                                "taskIds",
                                IntStream.range(0, 501).mapToObj(i -> "t" + i).toList()));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body().at("/errors/0/field").asText()).isEqualTo("taskIds");

        var outside = api.as("camat-611204").post("/api/tasks/claim", Map.of("matching", Map.of("region", "61.12.01")));
        assertThat(outside.status()).isEqualTo(403);
    }
}
