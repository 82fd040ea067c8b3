package id.verivali.region;

import static org.assertj.core.api.Assertions.assertThat;

import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class RegionApiIT {

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegionCatalogLoader loader;

    private Map<String, Long> countsByLevel() {
        return jdbc.queryForList("select region_level, count(*) n from region group by region_level").stream()
                .collect(Collectors.toMap(
                        row -> (String) row.get("region_level"), row -> ((Number) row.get("n")).longValue()));
    }

    @Test
    void every_province_regency_kecamatan_and_village_of_the_country_is_loaded() {
        assertThat(countsByLevel())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "PROVINCE", 38L,
                        "DISTRICT", 514L,
                        "SUBDISTRICT", 7_285L,
                        "VILLAGE", 83_762L));
    }

    @Test
    void loading_again_changes_nothing() throws Exception {
        var before = countsByLevel();
        loader.run(null);
        assertThat(countsByLevel()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select version from reference_dataset where name = 'regions'", String.class))
                .isEqualTo(RegionCatalogLoader.datasetVersion())
                .startsWith("idn-area-data ");
    }

    @Test
    void a_region_answers_with_its_name_level_and_parent() {
        var terentang = api.anonymous().get("/api/regions/61.12.04");
        assertThat(terentang.status()).isEqualTo(200);
        assertThat(terentang.body().get("name").asText()).isEqualTo("Terentang");
        assertThat(terentang.body().get("level").asText()).isEqualTo("SUBDISTRICT");
        assertThat(terentang.body().get("parentCode").asText()).isEqualTo("61.12");
    }

    @Test
    void kubu_raya_has_nine_kecamatan_and_123_villages() {
        var kecamatan = api.anonymous().get("/api/regions?parent=61.12");
        assertThat(kecamatan.body()).hasSize(9);
        int villages = 0;
        for (var sub : kecamatan.body()) {
            villages += api.anonymous()
                    .get("/api/regions?parent=" + sub.get("code").asText())
                    .body()
                    .size();
        }
        assertThat(villages).isEqualTo(123);
        assertThat(api.anonymous().get("/api/regions").body()).hasSize(38);
    }

    @Test
    void a_malformed_code_is_a_field_error_and_an_unknown_one_is_not_found() {
        var malformed = api.anonymous().inLanguage("en").get("/api/regions?parent=61-12");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().at("/errors/0/field").asText()).isEqualTo("parent");
        assertThat(malformed.body().at("/errors/0/message").asText()).contains("61.12.04");

        var unknown = api.anonymous().get("/api/regions/99.99");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("detail").asText()).isEqualTo("Wilayah 99.99 tidak ditemukan.");
    }
}
