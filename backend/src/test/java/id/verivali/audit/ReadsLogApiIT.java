package id.verivali.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import id.verivali.household.HouseholdService;
import id.verivali.household.NewHousehold;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.Relationship;
import id.verivali.household.Sex;
import id.verivali.household.WelfareAttributes;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The log of who opened which household's details, as the auditor of Kubu Raya reads it: only reads of Kubu Raya's
 * households. Reads are made in Desa 61.12.05.2002 of Kecamatan Batu Ampar, where no other suite opens households,
 * and of a household in Kota Pontianak (61.71), outside Kubu Raya.
 */
@IntegrationTest
class ReadsLogApiIT {

    private static final String PATH = "/api/audit/reads";
    private static final String AUDITOR = "auditor-6112";
    private static final String VILLAGE = "61.12.05.2002";
    private static final String OPERATOR = "op-6112052002";
    private static final String CAMAT = "camat-611205";
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HouseholdService households;

    private long household;

    @BeforeEach
    void aHouseholdOfBatuAmpar() {
        household = jdbc.queryForObject("select max(id) from household where village_code = ?", Long.class, VILLAGE);
    }

    @Test
    void the_auditor_sees_who_opened_a_household_newest_first() {
        long before = total(PATH + "?household=" + household);
        var start = Instant.now().minusSeconds(1);
        opened(OPERATOR, household);
        opened(CAMAT, household);

        var page = reads(PATH + "?household=" + household + "&size=2");

        assertThat(page.get("totalElements").asLong()).isEqualTo(before + 2);
        assertThat(rows(page))
                .extracting(
                        r -> r.get("user").asText(),
                        r -> r.get("householdId").asLong(),
                        r -> r.get("villageCode").asText())
                .containsExactly(tuple(CAMAT, household, VILLAGE), tuple(OPERATOR, household, VILLAGE));
        // Names, not only numbers: the household's head and the village.
        assertThat(rows(page))
                .extracting(
                        r -> r.get("headName").asText(),
                        r -> r.get("villageName").asText())
                .containsOnly(tuple(
                        households.headNames(List.of(household)).get(household),
                        jdbc.queryForObject("select name from region where code = ?", String.class, VILLAGE)));
        assertThat(rows(page).get(0).get("headName").asText()).isNotBlank();
        assertThat(rows(page))
                .allSatisfy(r -> assertThat(Instant.parse(r.get("at").asText()))
                        .isBetween(start.truncatedTo(ChronoUnit.SECONDS), Instant.now()));
        var second = reads(PATH + "?household=" + household + "&size=1&page=1");
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("size").asInt()).isEqualTo(1);
        assertThat(second.get("totalPages").asLong()).isEqualTo(before + 2);
        assertThat(rows(second)).extracting(r -> r.get("user").asText()).containsExactly(OPERATOR);
    }

    @Test
    void reads_filter_by_user_and_by_whole_days() {
        opened(OPERATOR, household);
        opened(CAMAT, household);
        var today = LocalDate.now(WIB);
        var ofHousehold = PATH + "?household=" + household;

        var byOperator = reads(ofHousehold + "&user=" + OPERATOR + "&size=100");
        assertThat(byOperator.get("totalElements").asLong()).isPositive();
        assertThat(rows(byOperator)).extracting(r -> r.get("user").asText()).containsOnly(OPERATOR);
        var byCamatAnywhere = reads(PATH + "?user=" + CAMAT + "&size=100");
        assertThat(rows(byCamatAnywhere))
                .extracting(r -> r.get("user").asText())
                .containsOnly(CAMAT);

        var todays = reads(ofHousehold + "&from=" + today + "&to=" + today + "&size=100");
        assertThat(todays.get("totalElements").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(rows(todays))
                .allSatisfy(r -> assertThat(
                                LocalDate.ofInstant(Instant.parse(r.get("at").asText()), WIB))
                        .isEqualTo(today));
        assertThat(total(ofHousehold + "&from=" + today.plusDays(1))).isZero();
        assertThat(total(ofHousehold + "&to=" + today.minusDays(1)))
                .isEqualTo(total(ofHousehold) - todays.get("totalElements").asLong());
    }

    @Test
    void reads_of_a_household_outside_the_auditors_district_are_invisible() {
        long pontianak = householdInPontianak();
        opened("pusdatin", pontianak);
        opened("pusdatin", household);

        var ofPontianak = reads(PATH + "?household=" + pontianak);
        assertThat(ofPontianak.get("totalElements").asLong()).isZero();
        assertThat(rows(ofPontianak)).isEmpty();
        var byPusdatin = reads(PATH + "?user=pusdatin&size=100");
        assertThat(rows(byPusdatin))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("villageCode").asText()).startsWith("61.12."));
        assertThat(rows(byPusdatin))
                .extracting(r -> r.get("householdId").asLong())
                .doesNotContain(pontianak);
        assertThat(rows(reads(PATH + "?size=100")))
                .allSatisfy(r -> assertThat(r.get("villageCode").asText()).startsWith("61.12."));
    }

    @Test
    void only_auditors_read_the_log() {
        for (var other : List.of("pusdatin", "supervisor-6112", "kadinsos-6112", CAMAT, OPERATOR, "admin")) {
            assertThat(api.as(other).get(PATH).status()).as(other).isEqualTo(403);
        }
        assertThat(api.anonymous().get(PATH).status()).isEqualTo(401);
    }

    @Test
    void bad_parameters_are_refused_naming_the_field() {
        assertRefused("?household=satu", "household", "The value has the wrong format.");
        assertRefused("?from=2026-02-30", "from", "The value has the wrong format.");
        assertRefused("?to=kemarin", "to", "The value has the wrong format.");
        assertRefused("?from=2026-03-02&to=2026-03-01", "to", "The end date cannot be before the start date.");
        assertRefused("?page=-1", "page", "The page number is at least 0.");
        assertRefused("?size=0", "size", "The page size is between 1 and 100.");
        assertRefused("?size=101", "size", "The page size is between 1 and 100.");
        assertRefused("?user=" + "u".repeat(61), "user", "At most 60 characters.");
        var indonesian = api.as(AUDITOR).get(PATH + "?from=2026-03-02&to=2026-03-01");
        assertThat(indonesian.body().at("/errors/0/message").asText())
                .isEqualTo("Tanggal akhir tidak boleh sebelum tanggal awal.");
    }

    private void assertRefused(String query, String field, String message) {
        var refused = api.as(AUDITOR).inLanguage("en").get(PATH + query);
        assertThat(refused.status()).as(query + ": " + refused.body()).isEqualTo(400);
        assertThat(refused.body().get("errors"))
                .extracting(e -> e.get("field").asText(), e -> e.get("message").asText())
                .containsExactly(tuple(field, message));
    }

    private void opened(String user, long id) {
        assertThat(api.as(user).get("/api/households/" + id).status())
                .as(user + " opens " + id)
                .isEqualTo(200);
    }

    private JsonNode reads(String path) {
        var page = api.as(AUDITOR).get(path);
        assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
        return page.body();
    }

    private long total(String path) {
        return reads(path).get("totalElements").asLong();
    }

    private static List<JsonNode> rows(JsonNode page) {
        var rows = new ArrayList<JsonNode>();
        page.get("content").forEach(rows::add);
        return rows;
    }

    /** A household of Kota Pontianak, outside Kubu Raya: the one an earlier run put there, or a new one. */
    private long householdInPontianak() {
        Long found =
                jdbc.queryForObject("select min(id) from household where village_code like ?", Long.class, "61.71.%");
        if (found != null) {
            return found;
        }
        var village = jdbc.queryForObject(
                "select min(code) from region where region_level = 'VILLAGE' and code like ?", String.class, "61.71.%");
        var born = LocalDate.of(1980, 5, 22);
        return households.register(new NewHousehold(
                "6171010101260001",
                "Jl. Gajah Mada 1",
                "001",
                "002",
                village,
                new WelfareAttributes(
                        WelfareAttributes.HouseOwnership.RENTED,
                        36,
                        WelfareAttributes.FloorMaterial.CEMENT,
                        WelfareAttributes.WallMaterial.PLASTERED_BRICK,
                        WelfareAttributes.RoofMaterial.ZINC,
                        WelfareAttributes.DrinkingWater.PIPED,
                        WelfareAttributes.Lighting.PLN_METERED,
                        WelfareAttributes.Sanitation.PRIVATE,
                        WelfareAttributes.CookingFuel.LPG,
                        2_500_000L),
                List.of(new NewMember("6171016205800001", "Siti Rahmah", born, Sex.FEMALE, Relationship.HEAD))));
    }
}
