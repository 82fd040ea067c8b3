package id.verivali.changerequest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.verivali.household.RemovalReason;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import id.verivali.workflow.ChangeDriver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@IntegrationTest
@Import(ChangeDriver.class)
class ChangeListApiIT {

    /**
     * A Terentang village other than Teluk Empening (whose households the suites signing in as its operator take),
     * the one with the most households no change touches yet.
     */
    private String village;

    @Autowired
    Api api;

    @Autowired
    ChangeDriver driver;

    @BeforeEach
    void takeAVillage() {
        village = driver.villagesByUntouchedHouseholds(ChangeDriver.TERENTANG).stream()
                .filter(code -> !code.equals(ChangeDriver.TELUK_EMPENING))
                .findFirst()
                .orElseThrow();
    }

    private static List<JsonNode> content(Api.Response page) {
        assertThat(page.status()).isEqualTo(200);
        List<JsonNode> rows = new ArrayList<>();
        page.body().get("content").forEach(rows::add);
        return rows;
    }

    private static List<String> numbers(Api.Response page) {
        return content(page).stream().map(row -> row.get("number").asText()).toList();
    }

    @Test
    void the_type_filter_keeps_only_changes_of_that_type() {
        var reverification = driver.proposeReverification(driver.untouchedHouseholdIn(village));
        var removal = driver.proposeRemoval(driver.untouchedHouseholdIn(village), RemovalReason.MOVED);

        var removals =
                api.as("dinsos-6112").get("/api/change-requests?size=100&type=REMOVE_HOUSEHOLD&region=" + village);

        assertThat(numbers(removals)).contains(removal.number()).doesNotContain(reverification.number());
        assertThat(content(removals))
                .allSatisfy(row -> assertThat(row.get("type").asText()).isEqualTo("REMOVE_HOUSEHOLD"));
    }

    @Test
    void changes_sort_by_a_named_column_and_an_unknown_sort_is_a_problem_naming_sort() {
        driver.proposeReverification(driver.untouchedHouseholdIn(village));
        driver.proposeReverification(driver.untouchedHouseholdIn(village));

        var byNumber =
                numbers(api.as("dinsos-6112").get("/api/change-requests?size=100&sort=number&region=" + village));
        assertThat(byNumber).hasSizeGreaterThan(1).isSorted();
        var descending =
                numbers(api.as("dinsos-6112").get("/api/change-requests?size=100&sort=-number&region=" + village));
        assertThat(descending)
                .isSortedAccordingTo(Comparator.reverseOrder())
                .containsExactlyInAnyOrderElementsOf(byNumber);

        var refused = api.as("dinsos-6112").inLanguage("en").get("/api/change-requests?sort=payload");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("sort");
        assertThat(refused.body().at("/errors/0/message").asText()).contains("proposed, due, number, village");
    }

    @Test
    void a_village_operator_cannot_widen_the_list_or_the_export_with_a_region() {
        for (String wider : List.of("61.12", "61.12.04", "61.12.01.2001")) {
            var list = api.as("op-6112042002").get("/api/change-requests?region=" + wider);
            assertThat(list.status()).isEqualTo(403);
            assertThat(list.body().toString()).doesNotContain("content");
            assertThat(api.as("op-6112042002")
                            .download("/api/change-requests/export?region=" + wider)
                            .getStatusCode()
                            .value())
                    .isEqualTo(403);
        }
    }

    @Test
    void the_export_holds_every_change_the_filter_shows_in_the_lists_order() throws IOException {
        driver.proposeReverification(driver.untouchedHouseholdIn(village));
        String filter = "region=" + village + "&type=REVERIFY&sort=number";
        var listed = api.as("dinsos-6112").get("/api/change-requests?size=100&" + filter);
        long shown = listed.body().get("totalElements").asLong();

        var export = api.as("dinsos-6112").download("/api/change-requests/export?" + filter);

        assertThat(export.getStatusCode().value()).isEqualTo(200);
        assertThat(export.getHeaders().getContentDisposition().getFilename()).startsWith("usulan-" + village + "-");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export.getBody()))) {
            var text = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(text.formatCellValue(cell)));
                rows.add(cells);
            }
            assertThat(rows.get(0)).startsWith("Nomor usulan", "Jenis", "Tahap", "Status");
            var changes = rows.subList(1, rows.size());
            assertThat(changes).hasSize((int) shown).allSatisfy(row -> {
                assertThat(row.get(1)).isEqualTo("Verifikasi ulang");
                assertThat(row.get(5)).isEqualTo("Terentang");
                assertThat(row.get(6)).isEqualTo(village);
            });
            assertThat(changes.subList(0, Math.min(changes.size(), 100)))
                    .extracting(row -> row.get(0))
                    .containsExactlyElementsOf(numbers(listed));
        }
    }
}
