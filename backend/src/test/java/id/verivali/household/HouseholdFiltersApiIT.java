package id.verivali.household;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import id.verivali.workflow.ChangeDriver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
@Import(ChangeDriver.class)
class HouseholdFiltersApiIT {

    private static final String TERENTANG = "61.12.04";
    private static final String TELUK_EMPENING = "61.12.04.2002";

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChangeDriver driver;

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    private static List<JsonNode> content(Api.Response page) {
        assertThat(page.status()).isEqualTo(200);
        List<JsonNode> rows = new ArrayList<>();
        page.body().get("content").forEach(rows::add);
        return rows;
    }

    @Test
    void a_village_name_finds_the_villages_households_and_the_kecamatan_comes_with_each() {
        long inVillage = count("select count(*) from household where village_code = ?", TELUK_EMPENING);

        var found = api.as("dinsos-6112").get("/api/households?size=100&q=Teluk+Empening");

        assertThat(found.body().get("totalElements").asLong()).isGreaterThanOrEqualTo(inVillage);
        assertThat(content(found))
                .anySatisfy(row -> assertThat(row.get("villageCode").asText()).isEqualTo(TELUK_EMPENING))
                .allSatisfy(row -> assertThat(row.get("villageName").asText()
                                + " "
                                + row.get("address").asText()
                                + " "
                                + row.path("headName").asText())
                        .containsIgnoringCase("teluk empening"))
                .filteredOn(row -> row.get("villageCode").asText().equals(TELUK_EMPENING))
                .allSatisfy(row -> {
                    assertThat(row.get("subdistrictCode").asText()).isEqualTo(TERENTANG);
                    assertThat(row.get("subdistrictName").asText()).isEqualTo("Terentang");
                });
    }

    @Test
    void the_status_filter_keeps_only_households_with_that_status() {
        long removed = count(
                "select count(*) from household where village_code like ? and status = 'REMOVED'", TERENTANG + ".%");
        long active = count(
                "select count(*) from household where village_code like ? and status = 'ACTIVE'", TERENTANG + ".%");

        var removedPage = api.as("dinsos-6112").get("/api/households?size=100&region=" + TERENTANG + "&status=REMOVED");
        var activePage = api.as("dinsos-6112").get("/api/households?size=100&region=" + TERENTANG + "&status=ACTIVE");

        assertThat(removedPage.body().get("totalElements").asLong()).isEqualTo(removed);
        assertThat(content(removedPage))
                .allSatisfy(row -> assertThat(row.get("status").asText()).isEqualTo("REMOVED"));
        assertThat(activePage.body().get("totalElements").asLong()).isEqualTo(active);
        assertThat(content(activePage))
                .allSatisfy(row -> assertThat(row.get("status").asText()).isEqualTo("ACTIVE"));

        var unknown = api.as("dinsos-6112").get("/api/households?status=GONE");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().at("/errors/0/field").asText()).isEqualTo("status");
    }

    @Test
    void a_household_with_a_change_under_way_is_listed_with_those_in_flight_and_not_with_the_others() {
        var change = driver.proposeReverification(driver.untouchedTerentangHousehold("1 = 1"));
        long householdId = change.householdId();
        String village = change.villageCode();
        long all = count("select count(*) from household where village_code = ?", village);

        var inFlight = api.as("dinsos-6112").get("/api/households?size=100&changeInFlight=true&region=" + village);
        var notInFlight = api.as("dinsos-6112").get("/api/households?size=1&changeInFlight=false&region=" + village);

        assertThat(content(inFlight)).extracting(row -> row.get("id").asLong()).contains(householdId);
        long inFlightCount = inFlight.body().get("totalElements").asLong();
        assertThat(inFlightCount)
                .isEqualTo(count(
                        "select count(distinct h.id) from household h join change_request c on c.household_id = h.id"
                                + " where h.village_code = ? and c.status = 'IN_PROGRESS'",
                        village));
        assertThat(notInFlight.body().get("totalElements").asLong()).isEqualTo(all - inFlightCount);
        var notInFlightIds = new ArrayList<Long>();
        for (int page = 0; page * 100 < all; page++) {
            content(api.as("dinsos-6112")
                            .get("/api/households?size=100&changeInFlight=false&region=" + village + "&page=" + page))
                    .forEach(row -> notInFlightIds.add(row.get("id").asLong()));
        }
        assertThat(notInFlightIds).doesNotContain(householdId);
    }

    @Test
    void households_sort_by_a_named_column_either_way() {
        var byName = content(api.as("dinsos-6112")
                        .get("/api/households?size=100&status=ACTIVE&sort=headName&region=" + TELUK_EMPENING))
                .stream()
                .map(row -> row.path("headName").asText(null))
                .filter(Objects::nonNull)
                .toList();
        assertThat(byName).hasSizeGreaterThan(10).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);

        var newestFirst =
                content(api.as("dinsos-6112").get("/api/households?size=50&sort=-registered&region=" + TERENTANG))
                        .stream()
                        .map(row -> row.get("id").asLong())
                        .toList();
        assertThat(newestFirst)
                .isSortedAccordingTo(Comparator.reverseOrder())
                .startsWith(count("select max(id) from household where village_code like ?", TERENTANG + ".%"));
    }

    @Test
    void an_unknown_sort_is_a_problem_naming_sort() {
        for (String bad : List.of("kkNumber", "h.id;drop table household", "--village")) {
            var refused = api.as("dinsos-6112").inLanguage("en").get("/api/households?sort=" + bad);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("sort");
            assertThat(refused.body().at("/errors/0/message").asText())
                    .contains("village, headName, address, registered");
            assertThat(api.as("dinsos-6112")
                            .download("/api/households/export?sort=" + bad)
                            .getStatusCode()
                            .value())
                    .isEqualTo(400);
        }
    }

    @Test
    void a_village_operator_cannot_widen_the_list_or_the_export_with_a_region() {
        for (String wider : List.of("61.12", TERENTANG, "61.12.04.2003", "61.12.01")) {
            var list = api.as("op-6112042002").get("/api/households?region=" + wider);
            assertThat(list.status()).isEqualTo(403);
            assertThat(list.body().toString()).doesNotContain("content", "Terentang Hilir", "Sungai Raya");
            var export = api.as("op-6112042002").download("/api/households/export?region=" + wider);
            assertThat(export.getStatusCode().value()).isEqualTo(403);
        }
        var own = api.as("op-6112042002").get("/api/households?region=" + TELUK_EMPENING);
        assertThat(own.body().get("totalElements").asLong())
                .isEqualTo(count("select count(*) from household where village_code = ?", TELUK_EMPENING));
    }

    @Test
    void the_export_holds_every_household_the_filter_shows_in_the_lists_order() throws IOException {
        String filter = "region=" + TERENTANG + "&status=ACTIVE&sort=-registered";
        long shown = api.as("dinsos-6112")
                .get("/api/households?size=1&" + filter)
                .body()
                .get("totalElements")
                .asLong();
        var firstPage = content(api.as("dinsos-6112").get("/api/households?size=100&" + filter));
        long exportsBefore = count("select count(*) from audit_event where action = 'REPORT_EXPORTED'"
                + " and subject_id = 'households' and actor = 'dinsos-6112'");

        var export = api.as("dinsos-6112").download("/api/households/export?" + filter);

        assertThat(export.getStatusCode().value()).isEqualTo(200);
        assertThat(export.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .contains("rumah-tangga-61.12.04-")
                .contains(".xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            var text = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(text.formatCellValue(cell)));
                rows.add(cells);
            }
            assertThat(rows.get(0))
                    .startsWith("Nomor KK", "Kepala rumah tangga")
                    .contains("Kecamatan", "Status");
            var households = rows.subList(1, rows.size());
            assertThat(households).hasSize((int) shown).allSatisfy(row -> {
                assertThat(row.get(6)).isEqualTo(TERENTANG);
                assertThat(row.get(7)).isEqualTo("Terentang");
                assertThat(row.get(11)).isEqualTo("Aktif");
                assertThat(row.get(0)).matches("\\d{6}\\*{6}\\d{4}");
            });
            assertThat(households.subList(0, firstPage.size()))
                    .extracting(row -> row.get(0) + " " + row.get(8))
                    .containsExactlyElementsOf(firstPage.stream()
                            .map(row -> row.get("kkNumber").asText() + " "
                                    + row.get("villageCode").asText())
                            .toList());
        }
        assertThat(count("select count(*) from audit_event where action = 'REPORT_EXPORTED'"
                        + " and subject_id = 'households' and actor = 'dinsos-6112'"))
                .isEqualTo(exportsBefore + 1);
        // The filter as applied, in a fixed order, what was not asked for left out.
        assertThat(jdbc.queryForObject(
                        "select details from audit_event where action = 'REPORT_EXPORTED'"
                                + " and subject_id = 'households' and actor = 'dinsos-6112' order by id desc"
                                + " fetch first 1 rows only",
                        String.class))
                .isEqualTo("{\"format\":\"XLSX\",\"region\":\"" + TERENTANG
                        + "\",\"status\":\"ACTIVE\",\"sort\":\"-registered\"}");
    }
}
