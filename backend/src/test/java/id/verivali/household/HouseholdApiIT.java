package id.verivali.household;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class HouseholdApiIT {

    private static final String TELUK_EMPENING = "61.12.04.2002";
    private static final String SUNGAI_RAYA = "61.12.01";

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    private long householdsIn(String regionCode) {
        return jdbc.queryForObject(
                "select count(*) from household where village_code = ? or village_code like ?",
                Long.class,
                regionCode,
                regionCode + ".%");
    }

    private long anyHouseholdIn(String regionCode) {
        return jdbc.queryForObject(
                "select min(id) from household where village_code like ?", Long.class, regionCode + ".%");
    }

    private static List<JsonNode> content(Api.Response page) {
        List<JsonNode> rows = new ArrayList<>();
        page.body().get("content").forEach(rows::add);
        return rows;
    }

    @Test
    void a_village_operator_lists_their_villages_households_with_masked_numbers() {
        var page = api.as("op-6112042002").get("/api/households?size=100");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().get("totalElements").asLong())
                .isEqualTo(householdsIn(TELUK_EMPENING))
                .isPositive();
        assertThat(content(page)).allSatisfy(row -> {
            assertThat(row.get("villageCode").asText()).isEqualTo(TELUK_EMPENING);
            assertThat(row.get("villageName").asText()).isEqualTo("Teluk Empening");
            assertThat(row.get("headNikMasked").asText()).matches("\\d{6}\\*{6}\\d{4}");
            assertThat(row.get("kkNumber").asText()).matches("\\d{6}\\*{6}\\d{4}");
            assertThat(row.get("headName").asText()).isNotBlank();
            assertThat(row.get("memberCount").asInt()).isPositive();
        });
    }

    @Test
    void a_household_outside_the_village_is_not_found_and_reveals_nothing() {
        long sungaiRaya = anyHouseholdIn(SUNGAI_RAYA);
        var outside = api.as("op-6112042002").get("/api/households/" + sungaiRaya);
        var missing = api.as("op-6112042002").get("/api/households/999999999");
        assertThat(outside.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(outside.body().get("detail").asText()).isEqualTo("Rumah tangga " + sungaiRaya + " tidak ditemukan.");
        assertThat(outside.body().toString()).doesNotContain("Sungai Raya", "611201");
    }

    private long readsOf(long householdId, String actor) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'HOUSEHOLD_READ' and subject_type = 'household'"
                        + " and subject_id = ? and actor = ?",
                Long.class,
                Long.toString(householdId),
                actor);
    }

    @Test
    void opening_a_households_details_is_recorded_and_a_refused_look_is_not() {
        long own =
                jdbc.queryForObject("select min(id) from household where village_code = ?", Long.class, TELUK_EMPENING);
        long outside = anyHouseholdIn(SUNGAI_RAYA);
        long before = readsOf(own, "op-6112042002");

        assertThat(api.as("op-6112042002").get("/api/households/" + own).status())
                .isEqualTo(200);
        assertThat(api.as("op-6112042002").get("/api/households/" + outside).status())
                .isEqualTo(404);

        assertThat(readsOf(own, "op-6112042002")).isEqualTo(before + 1);
        assertThat(readsOf(outside, "op-6112042002")).isZero();
        var last = jdbc.queryForMap("select * from audit_event where id = (select max(id) from audit_event)");
        var chain = jdbc.queryForMap("select last_id, last_hash from audit_chain");
        assertThat(last.get("hash")).isEqualTo(chain.get("last_hash"));
        assertThat(((Number) last.get("id")).longValue()).isEqualTo(((Number) chain.get("last_id")).longValue());
    }

    @Test
    void each_role_sees_its_own_region_and_the_ministry_sees_all() {
        assertThat(api.as("camat-611204")
                        .get("/api/households")
                        .body()
                        .get("totalElements")
                        .asLong())
                .isEqualTo(householdsIn("61.12.04"));
        assertThat(api.as("dinsos-6112")
                        .get("/api/households")
                        .body()
                        .get("totalElements")
                        .asLong())
                .isEqualTo(householdsIn("61.12"));
        assertThat(api.as("auditor-6112")
                        .get("/api/households")
                        .body()
                        .get("totalElements")
                        .asLong())
                .isEqualTo(householdsIn("61.12"));
        assertThat(api.as("pusdatin")
                        .get("/api/households")
                        .body()
                        .get("totalElements")
                        .asLong())
                .isEqualTo(jdbc.queryForObject("select count(*) from household", Long.class));
        long sungaiRaya = anyHouseholdIn(SUNGAI_RAYA);
        assertThat(api.as("camat-611201").get("/api/households/" + sungaiRaya).status())
                .isEqualTo(200);
        assertThat(api.as("camat-611204").get("/api/households/" + sungaiRaya).status())
                .isEqualTo(404);
    }

    @Test
    void a_region_filter_narrows_within_scope_and_is_refused_outside_it() {
        var narrowed = api.as("dinsos-6112").get("/api/households?region=" + SUNGAI_RAYA);
        assertThat(narrowed.body().get("totalElements").asLong()).isEqualTo(householdsIn(SUNGAI_RAYA));

        var outside = api.as("camat-611204").inLanguage("en").get("/api/households?region=" + SUNGAI_RAYA);
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.body().get("detail").asText()).isEqualTo("Region 61.12.01 is outside your region.");
    }

    @Test
    void details_show_every_member_with_the_full_nik() {
        long id = api.as("op-6112042002")
                .get("/api/households?size=1")
                .body()
                .at("/content/0/id")
                .asLong();
        var household = api.as("op-6112042002").get("/api/households/" + id);
        assertThat(household.status()).isEqualTo(200);
        assertThat(household.body().get("subdistrictName").asText()).isEqualTo("Terentang");
        assertThat(household.body().get("districtName").asText()).isEqualTo("Kabupaten Kubu Raya");
        assertThat(household.body().get("welfare").get("floorMaterial").asText())
                .isNotBlank();
        assertThat(household.body().get("members")).isNotEmpty().allSatisfy(member -> {
            assertThat(member.get("nik").asText()).matches("\\d{16}");
            assertThat(member.get("civilRegistryStatus").asText()).isEqualTo("UNCHECKED");
        });
    }

    @Test
    void a_search_finds_a_head_by_part_of_the_name_or_address_or_a_member_by_whole_nik() {
        long id = api.as("op-6112042002")
                .get("/api/households?size=1")
                .body()
                .at("/content/0/id")
                .asLong();
        JsonNode household =
                api.as("op-6112042002").get("/api/households/" + id).body();
        String headName = household.at("/members/0/name").asText();
        String lastMemberNik = household
                .at("/members")
                .get(household.get("members").size() - 1)
                .get("nik")
                .asText();

        String part = headName.substring(0, Math.min(4, headName.length())).toLowerCase();
        var byName = api.as("op-6112042002").get("/api/households?size=100&q=" + part);
        assertThat(content(byName))
                .isNotEmpty()
                .allSatisfy(row ->
                        assertThat(row.get("headName").asText().toLowerCase()).contains(part))
                .anySatisfy(row -> assertThat(row.get("id").asLong()).isEqualTo(id));

        String street = household.get("address").asText().split(" No")[0];
        var byAddress = api.as("op-6112042002").get("/api/households?size=100&q=" + street.toUpperCase());
        assertThat(content(byAddress))
                .allSatisfy(row -> assertThat(row.get("address").asText()).containsIgnoringCase(street))
                .anySatisfy(row -> assertThat(row.get("id").asLong()).isEqualTo(id));

        var byNik = api.as("op-6112042002").get("/api/households?q=" + lastMemberNik);
        assertThat(content(byNik)).extracting(row -> row.get("id").asLong()).contains(id);

        var wildcard = api.as("op-6112042002").get("/api/households?q=%25");
        assertThat(wildcard.body().get("totalElements").asLong()).isZero();
    }

    @Test
    void bad_paging_is_a_problem_naming_each_field() {
        var bad = api.as("op-6112042002").inLanguage("en").get("/api/households?page=-1&size=1000");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("title").asText()).isEqualTo("Invalid input");
        assertThat(bad.body().findValuesAsText("field")).containsExactlyInAnyOrder("page", "size");

        var badRegion = api.as("dinsos-6112").get("/api/households?region=61-12");
        assertThat(badRegion.status()).isEqualTo(400);
        assertThat(badRegion.body().at("/errors/0/field").asText()).isEqualTo("region");
        assertThat(badRegion.body().at("/errors/0/message").asText()).contains("61.12.04.2002");

        var notANumber = api.as("op-6112042002").get("/api/households?page=abc");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.body().at("/errors/0/field").asText()).isEqualTo("page");
        assertThat(notANumber.body().toString()).doesNotContain("Exception", "java.");
    }
}
