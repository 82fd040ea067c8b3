package id.verivali.report;

import static id.verivali.bpmn.HouseholdChange.TASK_APPLY_CHANGE;
import static id.verivali.bpmn.HouseholdChange.TIMER_WAIT_FOR_NEXT_CYCLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.verivali.audit.AuditAction;
import id.verivali.audit.AuditEntry;
import id.verivali.audit.AuditLog;
import id.verivali.audit.AuditSubjects;
import id.verivali.changerequest.ChangeRequestView;
import id.verivali.changerequest.ChangeStatus;
import id.verivali.changerequest.ChangeType;
import id.verivali.changerequest.Decision;
import id.verivali.changerequest.ProposeChange;
import id.verivali.changerequest.Stage;
import id.verivali.civilregistry.PopulationRegister;
import id.verivali.civilregistry.Resident;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.Relationship;
import id.verivali.household.RemovalReason;
import id.verivali.household.Sex;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import id.verivali.workflow.ChangeDriver;
import id.verivali.workflow.TaskDecision;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The published figures over HTTP, checked against counts the test makes itself from the registry's rows read as plain
 * Java objects. Changes are made in Kecamatan Sungai Kakap (61.12.09), where no other suite proposes, on households no
 * change has touched yet, so that each run on the same database takes fresh ones.
 */
@IntegrationTest
@Import(ChangeDriver.class)
class ReportApiIT {

    private static final String PATH = "/api/reports/summary";
    private static final String KUBU_RAYA = "61.12";
    private static final String SUNGAI_KAKAP = "61.12.09";
    private static final String CAMAT = "camat-611209";
    private static final String DISTRICT_OPERATOR = "dinsos-6112";
    private static final String MINISTRY = "pusdatin";
    /** The day after the demo's list (31 December 2015): its households are all there at the start. */
    private static final LocalDate AFTER_THE_LIST = LocalDate.of(2016, 1, 1);

    private static final List<String> FIGURES = List.of(
            "households",
            "members",
            "matched",
            "notMatched",
            "unchecked",
            "died",
            "proposedForDeletion",
            "withoutEktp");
    private static final List<String> PERIOD =
            List.of("householdsBefore", "householdsAfter", "membersBefore", "membersAfter");

    @Autowired
    Api api;

    @Autowired
    ChangeDriver driver;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    Clock clock;

    @Autowired
    PopulationRegister population;

    @Test
    void a_district_sees_its_figures_and_each_kecamatan_s_as_its_rows_count_them() {
        LocalDate today = LocalDate.now(clock);

        var report = api.as(DISTRICT_OPERATOR).get(PATH + "?since=" + AFTER_THE_LIST);

        assertThat(report.status()).isEqualTo(200);
        JsonNode body = report.body();
        assertThat(body.get("region").get("code").asText()).isEqualTo(KUBU_RAYA);
        assertThat(body.get("region").get("name").asText()).isEqualTo("Kabupaten Kubu Raya");
        assertThat(body.get("region").get("level").asText()).isEqualTo("DISTRICT");
        assertThat(Instant.parse(body.get("asOf").asText())).isBeforeOrEqualTo(Instant.now());
        assertThat(body.get("period").get("since").asText()).isEqualTo(AFTER_THE_LIST.toString());
        assertThat(body.get("period").get("until").asText()).isEqualTo(today.toString());
        assertThat(StreamSupport.stream(body.get("children").spliterator(), false)
                        .map(child -> child.get("code").asText()))
                .containsExactly(
                        "61.12.01",
                        "61.12.02",
                        "61.12.03",
                        "61.12.04",
                        "61.12.05",
                        "61.12.06",
                        "61.12.07",
                        "61.12.08",
                        SUNGAI_KAKAP);

        var rows = Registry.read(jdbc);
        assertMatches(body, rows, AFTER_THE_LIST, today);
        var figures = counts(body.get("figures"), FIGURES);
        assertThat(figures.get("households")).as("the demo's list").isPositive();
        assertThat(figures.get("unchecked")).isPositive();
        assertThat(figures.get("withoutEktp")).isPositive();
        assertThat(body.get("period").get("householdsBefore").asLong())
                .as("the whole list was there on the first day of 2016")
                .isGreaterThanOrEqualTo(figures.get("households"));
    }

    @Test
    void a_removal_as_deceased_moves_the_kecamatan_s_figures_and_its_after_but_not_its_before() {
        LocalDate today = LocalDate.now(clock);
        String village = driver.villagesByUntouchedHouseholds(SUNGAI_KAKAP).get(0);
        String operator = "op-" + village.replace(".", "");
        // Two removals stay in progress: a household that moved, and one member who moved out.
        long moved = driver.untouchedHouseholdIn(village);
        propose(operator, ChangeType.REMOVE_HOUSEHOLD, moved, null, RemovalReason.MOVED);
        long withLeaver = untouchedHouseholdWithTwoMembersIn(village);
        long leaver = jdbc.queryForObject(
                "select max(id) from household_member where household_id = ? and status = 'ACTIVE'",
                Long.class,
                withLeaver);
        propose(operator, ChangeType.REMOVE_MEMBER, withLeaver, leaver, RemovalReason.MOVED);
        long died = driver.untouchedHouseholdIn(village);
        var removal = propose(operator, ChangeType.REMOVE_HOUSEHOLD, died, null, RemovalReason.DECEASED);
        long dead = activeMembers(died);
        String query = PATH + "?since=" + today + "&until=" + today;

        var before = api.as(CAMAT).get(query).body();
        assertMatches(before, Registry.read(jdbc), today, today);

        var applied = throughTheChain(removal);
        assertThat(applied.status()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(driver.householdStatus(died)).isEqualTo("REMOVED");

        var after = api.as(CAMAT).get(query).body();
        assertThat(after.get("region").get("code").asText()).isEqualTo(SUNGAI_KAKAP);
        assertThat(after.get("region").get("level").asText()).isEqualTo("SUBDISTRICT");
        assertMatches(after, Registry.read(jdbc), today, today);

        var was = counts(before.get("figures"), FIGURES);
        var is = counts(after.get("figures"), FIGURES);
        assertThat(is.get("households")).isEqualTo(was.get("households") - 1);
        assertThat(is.get("members")).isEqualTo(was.get("members") - dead);
        assertThat(is.get("died")).isEqualTo(was.get("died") + dead);
        assertThat(is.get("proposedForDeletion"))
                .as("the applied removal is no longer in progress; the other two are")
                .isEqualTo(was.get("proposedForDeletion") - dead)
                .isGreaterThanOrEqualTo(activeMembers(moved) + 1);
        var period = counts(after.get("period"), PERIOD);
        var periodBefore = counts(before.get("period"), PERIOD);
        assertThat(period.get("householdsBefore")).isEqualTo(periodBefore.get("householdsBefore"));
        assertThat(period.get("householdsAfter")).isEqualTo(periodBefore.get("householdsAfter") - 1);
        assertThat(period.get("membersBefore")).isEqualTo(periodBefore.get("membersBefore"));
        assertThat(period.get("membersAfter")).isEqualTo(periodBefore.get("membersAfter") - dead);
    }

    /**
     * The figures are kept per village and counted again only where something changed: after every step of a random
     * walk of changes (removals and additions proposed, left in progress, approved through the chain or rejected,
     * residents added to the civil registry's table), the kecamatan's report and its village's are still what a full
     * count of the rows makes.
     */
    @Test
    void the_figures_kept_per_village_stay_what_the_rows_count_through_a_random_walk_of_changes() {
        LocalDate today = LocalDate.now(clock);
        String village = driver.villagesByUntouchedHouseholds(SUNGAI_KAKAP).get(0);
        String operator = "op-" + village.replace(".", "");
        var random = new Random(18);
        var reasons = List.of(RemovalReason.MOVED, RemovalReason.DECEASED, RemovalReason.DUPLICATE);

        for (int step = 0; step < 12; step++) {
            ChangeRequestView proposed;
            switch (random.nextInt(4)) {
                case 0 ->
                    proposed = propose(
                            operator,
                            ChangeType.REMOVE_HOUSEHOLD,
                            driver.untouchedHouseholdIn(village),
                            null,
                            reasons.get(random.nextInt(reasons.size())));
                case 1 -> {
                    long household = untouchedHouseholdWithTwoMembersIn(village);
                    long member = jdbc.queryForObject(
                            "select max(id) from household_member where household_id = ? and status = 'ACTIVE'",
                            Long.class,
                            household);
                    proposed = propose(
                            operator,
                            ChangeType.REMOVE_MEMBER,
                            household,
                            member,
                            reasons.get(random.nextInt(reasons.size())));
                }
                case 2 ->
                    proposed = driver.proposeNewMember(
                            driver.untouchedHouseholdIn(village),
                            newbornOnTheCivilRegistry(village, random.nextBoolean()));
                default -> {
                    enterUnknownResidentOnTheCivilRegistry(village);
                    proposed = driver.proposeReverification(driver.untouchedHouseholdIn(village));
                }
            }
            var checked = driver.check(proposed);
            if (checked.stage() == Stage.FIELD_CHECK) {
                switch (random.nextInt(3)) {
                    case 0 -> throughTheChain(checked);
                    case 1 ->
                        driver.decide(
                                checked, new TaskDecision(Decision.REJECT, "Keluarga ditemukan", null, null, null));
                    default -> {
                        // Left in progress.
                    }
                }
            }

            var rows = Registry.read(jdbc);
            var kecamatan = api.as(CAMAT).get(PATH + "?since=" + AFTER_THE_LIST).body();
            assertMatches(kecamatan, rows, AFTER_THE_LIST, today);
            var own = api.as(operator)
                    .get(PATH + "?since=" + today + "&until=" + today)
                    .body();
            assertThat(own.get("region").get("code").asText()).isEqualTo(village);
            assertMatches(own, rows, today, today);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from registry_tally_mark where village_code like ?",
                        Long.class,
                        SUNGAI_KAKAP + ".%"))
                .as("every changed village of the kecamatan counted again")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select households from registry_tally where village_code = ?", Long.class, village))
                .as("the village's kept figures")
                .isPositive();
    }

    /** A child of the village's, born this year and on the civil registry (with or without an e-KTP, as children are). */
    private NewMember newbornOnTheCivilRegistry(String village, boolean hasEktp) {
        var born = LocalDate.of(2026, 1, 15);
        var nik = driver.freshNik(born, Sex.FEMALE);
        population.addAll(List.of(new Resident(
                nik,
                "6112090101260001",
                "Putri Lestari",
                born,
                Sex.FEMALE,
                village,
                Resident.Status.ALIVE,
                null,
                null,
                hasEktp)));
        return new NewMember(nik, "Putri Lestari", born, Sex.FEMALE, Relationship.CHILD);
    }

    /**
     * A member of the village whom the civil registry's table did not know is entered in it without an e-KTP, as a late
     * registration does: the member now counts among those without one.
     */
    private void enterUnknownResidentOnTheCivilRegistry(String village) {
        var unknown = jdbc.query(
                """
                select m.nik, m.name, m.birth_date, m.sex from household_member m join household h on h.id = m.household_id
                where h.village_code = ? and m.status = 'ACTIVE' and m.nik is not null
                  and not exists (select 1 from population p where p.nik = m.nik)
                order by m.id""",
                (row, i) -> new Resident(
                        row.getString("nik"),
                        "6112090101260002",
                        row.getString("name"),
                        row.getDate("birth_date").toLocalDate(),
                        Sex.valueOf(row.getString("sex")),
                        village,
                        Resident.Status.ALIVE,
                        null,
                        null,
                        false),
                village);
        if (!unknown.isEmpty()) {
            population.addAll(List.of(unknown.get(0)));
        }
    }

    @Test
    void a_village_operator_sees_the_village_and_the_ministry_the_country_by_province() {
        String village = driver.villagesByUntouchedHouseholds(SUNGAI_KAKAP).get(0);
        var own = api.as("op-" + village.replace(".", "")).get(PATH).body();
        var country = api.as(MINISTRY).get(PATH).body();

        var rows = Registry.read(jdbc);
        assertThat(own.get("region").get("code").asText()).isEqualTo(village);
        assertThat(own.get("region").get("level").asText()).isEqualTo("VILLAGE");
        assertThat(own.get("children")).isEmpty();
        assertThat(own.has("period")).isFalse();
        assertMatches(own, rows, null, null);

        assertThat(country.get("region").has("code")).isFalse();
        assertThat(country.get("region").get("name").asText()).isEqualTo("Indonesia");
        assertThat(country.get("children")).hasSize(38);
        assertMatches(country, rows, null, null);
    }

    @Test
    void the_csv_is_the_json_s_table_with_a_header_in_the_caller_s_language_and_each_download_is_audited()
            throws IOException {
        LocalDate today = LocalDate.now(clock);
        String query = "?since=" + AFTER_THE_LIST;
        var json = api.as(DISTRICT_OPERATOR).get(PATH + query).body();
        int exported = exports().size();

        ResponseEntity<byte[]> csv = api.as(DISTRICT_OPERATOR).download(PATH + ".csv" + query);

        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        assertThat(filename(csv)).isEqualTo("ringkasan-61.12-" + today + ".csv");
        List<List<String>> table = parseCsv(csv.getBody());
        assertThat(table.get(0))
                .containsExactly(
                        "Kode wilayah",
                        "Nama wilayah",
                        "Rumah tangga",
                        "Anggota rumah tangga",
                        "Padan",
                        "Tidak padan",
                        "Belum diperiksa",
                        "Meninggal",
                        "Diusulkan dihapus",
                        "Belum memiliki e-KTP",
                        "Rumah tangga awal 2016-01-01",
                        "Rumah tangga akhir " + today,
                        "Anggota rumah tangga awal 2016-01-01",
                        "Anggota rumah tangga akhir " + today);
        assertThat(table.subList(1, table.size())).isEqualTo(tableOf(json, "Jumlah "));
        assertExportedOnce(exported, DISTRICT_OPERATOR, KUBU_RAYA, "CSV");

        int exportedInIndonesian = exports().size();
        ResponseEntity<byte[]> english =
                api.as(DISTRICT_OPERATOR).inLanguage("en").download(PATH + ".csv" + query);

        assertThat(filename(english)).isEqualTo("summary-61.12-" + today + ".csv");
        List<List<String>> englishTable = parseCsv(english.getBody());
        assertThat(englishTable.get(0))
                .startsWith("Region code", "Region", "Households", "Household members", "Matched", "Not matched")
                .endsWith("Household members at the end of " + today);
        assertThat(englishTable.subList(1, englishTable.size())).isEqualTo(tableOf(json, "Total "));
        assertExportedOnce(exportedInIndonesian, DISTRICT_OPERATOR, KUBU_RAYA, "CSV");
    }

    @Test
    void the_xlsx_is_the_json_s_table_with_numbers_as_numbers_and_each_download_is_audited() throws IOException {
        LocalDate today = LocalDate.now(clock);
        String query = "?region=" + SUNGAI_KAKAP + "&since=" + AFTER_THE_LIST;
        var json = api.as(DISTRICT_OPERATOR).get(PATH + query).body();
        int exported = exports().size();

        ResponseEntity<byte[]> xlsx = api.as(DISTRICT_OPERATOR).download(PATH + ".xlsx" + query);

        assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
        assertThat(xlsx.getHeaders().getContentType())
                .hasToString("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(filename(xlsx)).isEqualTo("ringkasan-61.12.09-" + today + ".xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Ringkasan");
            List<List<String>> table = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    boolean header = row.getRowNum() == 0;
                    boolean figure = cell.getColumnIndex() >= 2;
                    assertThat(cell.getCellType()).isEqualTo(!header && figure ? CellType.NUMERIC : CellType.STRING);
                    cells.add(
                            cell.getCellType() == CellType.NUMERIC
                                    ? Long.toString((long) cell.getNumericCellValue())
                                    : cell.getStringCellValue());
                }
                table.add(cells);
            }
            assertThat(table.get(0)).startsWith("Kode wilayah", "Nama wilayah", "Rumah tangga");
            assertThat(table.get(0)).hasSize(14);
            assertThat(table.subList(1, table.size())).isEqualTo(tableOf(json, "Jumlah "));
            assertThat(table).hasSize(json.get("children").size() + 2);
        }
        assertExportedOnce(exported, DISTRICT_OPERATOR, SUNGAI_KAKAP, "XLSX");
    }

    @Test
    void a_region_outside_mine_is_refused_an_unknown_one_not_found_and_nothing_is_exported() {
        int exported = exports().size();
        String village = driver.villagesByUntouchedHouseholds(SUNGAI_KAKAP).get(0);
        String operator = "op-" + village.replace(".", "");

        for (String path : List.of(PATH, PATH + ".csv", PATH + ".xlsx")) {
            var terentang = api.as(CAMAT).inLanguage("en").get(path + "?region=61.12.04");
            assertThat(terentang.status()).as(path).isEqualTo(403);
            assertThat(terentang.body().get("detail").asText()).isEqualTo("Region 61.12.04 is outside your region.");
            assertThat(api.as(CAMAT).get(path + "?region=" + KUBU_RAYA).status())
                    .as("the district above")
                    .isEqualTo(403);
            assertThat(api.as(operator).get(path + "?region=" + SUNGAI_KAKAP).status())
                    .as("the kecamatan above a village")
                    .isEqualTo(403);
            var unknown = api.as(MINISTRY).inLanguage("en").get(path + "?region=61.12.99");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.body().get("detail").asText()).isEqualTo("Region 61.12.99 not found.");
            var malformed = api.as(MINISTRY).get(path + "?region=6112");
            assertThat(malformed.status()).isEqualTo(400);
            assertThat(malformed.body().get("errors").get(0).get("field").asText())
                    .isEqualTo("region");
        }
        assertThat(exports()).hasSize(exported);
    }

    @Test
    void a_bad_date_is_refused_naming_it_in_both_languages_and_nothing_is_exported() {
        int exported = exports().size();
        LocalDate today = LocalDate.now(clock);

        for (String path : List.of(PATH, PATH + ".csv", PATH + ".xlsx")) {
            assertRefused(
                    path + "?since=2026-02-30",
                    "since",
                    "Tanggal harus berbentuk TTTT-BB-HH, misalnya 2026-01-31.",
                    "A date looks like YYYY-MM-DD, e.g. 2026-01-31.");
            assertRefused(
                    path + "?since=2026-01-01&until=kemarin",
                    "until",
                    "Tanggal harus berbentuk TTTT-BB-HH, misalnya 2026-01-31.",
                    "A date looks like YYYY-MM-DD, e.g. 2026-01-31.");
            assertRefused(
                    path + "?until=" + today.plusDays(1),
                    "until",
                    "Tanggal akhir paling lambat hari ini (" + today + ").",
                    "The last day can be today (" + today + ") at the latest.");
            assertRefused(
                    path + "?since=" + today + "&until=" + today.minusDays(1),
                    "since",
                    "Tanggal awal tidak boleh setelah tanggal akhir (" + today.minusDays(1) + ").",
                    "The first day cannot be after the last day (" + today.minusDays(1) + ").");
        }
        assertThat(exports()).hasSize(exported);
    }

    @Test
    void the_api_description_offers_the_files_by_their_own_paths_and_media_types() {
        var paths = api.as("dinsos-6112").get("/v3/api-docs").body().get("paths");

        assertThat(paths.get(PATH).get("get").get("parameters"))
                .extracting(parameter -> parameter.get("name").asText())
                .containsExactly("region", "since", "until");
        assertThat(paths.get(PATH + ".csv")
                        .get("get")
                        .get("responses")
                        .get("200")
                        .get("content")
                        .has("text/csv"))
                .isTrue();
        assertThat(paths.get(PATH + ".xlsx")
                        .get("get")
                        .get("responses")
                        .get("200")
                        .get("content")
                        .has("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .isTrue();
    }

    private void assertRefused(String path, String field, String indonesian, String english) {
        var refused = api.as(CAMAT).get(path);
        assertThat(refused.status()).as(path).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo(field);
        assertThat(refused.body().get("errors").get(0).get("message").asText()).isEqualTo(indonesian);
        var inEnglish = api.as(CAMAT).inLanguage("en").get(path);
        assertThat(inEnglish.status()).as(path).isEqualTo(400);
        assertThat(inEnglish.body().get("errors").get(0).get("field").asText()).isEqualTo(field);
        assertThat(inEnglish.body().get("errors").get(0).get("message").asText())
                .isEqualTo(english);
    }

    /** The report's figures, and those of each child region, are what the rows count. */
    private void assertMatches(JsonNode report, Registry rows, LocalDate since, LocalDate until) {
        String region = report.get("region").has("code")
                ? report.get("region").get("code").asText()
                : null;
        assertThat(counts(report.get("figures"), FIGURES)).as(region).isEqualTo(rows.figures(region));
        if (since != null) {
            assertThat(counts(report.get("period"), PERIOD))
                    .as(region)
                    .isEqualTo(rows.period(region, start(since), start(until.plusDays(1))));
        }
        for (JsonNode child : report.get("children")) {
            String code = child.get("code").asText();
            assertThat(counts(child.get("figures"), FIGURES)).as(code).isEqualTo(rows.figures(code));
            if (since != null) {
                assertThat(counts(child.get("period"), PERIOD))
                        .as(code)
                        .isEqualTo(rows.period(code, start(since), start(until.plusDays(1))));
            }
        }
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static Map<String, Long> counts(JsonNode node, List<String> names) {
        assertThat(node).as("figures present").isNotNull();
        Map<String, Long> counts = new LinkedHashMap<>();
        names.forEach(name -> counts.put(name, node.get(name).asLong()));
        assertThat(node.size()).as("no other figures").isEqualTo(names.size() + (names == PERIOD ? 2 : 0));
        return counts;
    }

    /** The rows a file should have: each child region, then the total named with {@code totalPrefix}. */
    private static List<List<String>> tableOf(JsonNode json, String totalPrefix) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode child : json.get("children")) {
            rows.add(row(child.get("code").asText(), child.get("name").asText(), child));
        }
        JsonNode region = json.get("region");
        rows.add(row(
                region.get("code").asText(), totalPrefix + region.get("name").asText(), json));
        return rows;
    }

    private static List<String> row(String code, String name, JsonNode figures) {
        List<String> row = new ArrayList<>(List.of(code, name));
        FIGURES.forEach(figure -> row.add(figures.get("figures").get(figure).asText()));
        PERIOD.forEach(figure -> row.add(figures.get("period").get(figure).asText()));
        return row;
    }

    private static List<List<String>> parseCsv(byte[] content) throws IOException {
        try (var parser = CSVFormat.RFC4180.parse(
                new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8))) {
            return parser.getRecords().stream().map(CSVRecord::toList).toList();
        }
    }

    private static String filename(ResponseEntity<byte[]> download) {
        ContentDisposition disposition =
                ContentDisposition.parse(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION));
        assertThat(disposition.isAttachment()).isTrue();
        return disposition.getFilename();
    }

    private List<AuditEntry> exports() {
        return audit.about(AuditSubjects.REPORT, "summary");
    }

    private void assertExportedOnce(int before, String actor, String region, String format) {
        var events = exports();
        assertThat(events).hasSize(before + 1);
        var event = events.get(events.size() - 1);
        assertThat(event.action()).isEqualTo(AuditAction.REPORT_EXPORTED);
        assertThat(event.actor()).isEqualTo(actor);
        assertThat(event.regionCode()).isEqualTo(region);
        assertThat(event.details())
                .contains("\"format\":\"" + format + "\"", "\"region\":\"" + region + "\"", "\"since\":\"2016-01-01\"");
    }

    private ChangeRequestView propose(
            String operator, ChangeType type, long household, Long member, RemovalReason reason) {
        return driver.proposals.propose(
                new ProposeChange(type, household, reason, member, null, null, null, "Hasil musdes", null), operator);
    }

    /** Every level approves; a change ratified after the month's cut-off waits for the next cycle, run here. */
    private ChangeRequestView throughTheChain(ChangeRequestView proposed) {
        var checked = driver.check(proposed);
        assertThat(checked.stage()).isEqualTo(Stage.FIELD_CHECK);
        var atTheMinistry = driver.approveUpTo(checked, Stage.MINISTRY_DETERMINATION);
        if (driver.openTask(atTheMinistry) == null) {
            driver.runJob(atTheMinistry, TIMER_WAIT_FOR_NEXT_CYCLE);
        }
        var decided = driver.decide(atTheMinistry, ChangeDriver.approvalAt(Stage.MINISTRY_DETERMINATION));
        driver.runJob(decided, TASK_APPLY_CHANGE);
        return driver.reload(decided);
    }

    private long untouchedHouseholdWithTwoMembersIn(String village) {
        return jdbc.queryForObject("""
                select min(h.id) from household h
                where h.village_code = ? and h.status = 'ACTIVE'
                  and not exists (select 1 from change_request c where c.household_id = h.id)
                  and (select count(*) from household_member m where m.household_id = h.id and m.status = 'ACTIVE') >= 2""", Long.class, village);
    }

    private long activeMembers(long household) {
        return jdbc.queryForObject(
                "select count(*) from household_member where household_id = ? and status = 'ACTIVE'",
                Long.class,
                household);
    }

    /**
     * The registry's rows as plain objects, and the figures they make by the rules of {@link SummaryView.Figures},
     * counted here one object at a time.
     */
    private record Registry(
            Map<Long, HouseholdRow> households,
            List<MemberRow> members,
            Set<String> niksWithoutEktp,
            List<OpenRemoval> removals) {

        record HouseholdRow(
                String village, String status, String removalReason, Instant createdAt, Instant removedAt) {}

        record MemberRow(
                long id,
                long household,
                String nik,
                String civilRegistryStatus,
                String status,
                String removalReason,
                Instant createdAt,
                Instant removedAt) {}

        record OpenRemoval(String type, long household, Long member) {}

        static Registry read(JdbcTemplate jdbc) {
            Map<Long, HouseholdRow> households = new HashMap<>();
            jdbc.query(
                    "select id, village_code, status, removal_reason, created_at, removed_at from household", row -> {
                        households.put(
                                row.getLong("id"),
                                new HouseholdRow(
                                        row.getString("village_code"),
                                        row.getString("status"),
                                        row.getString("removal_reason"),
                                        instant(row.getTimestamp("created_at")),
                                        instant(row.getTimestamp("removed_at"))));
                    });
            List<MemberRow> members = jdbc.query(
                    """
                    select id, household_id, nik, civil_registry_status, status, removal_reason, created_at, removed_at
                    from household_member""",
                    (row, i) -> new MemberRow(
                            row.getLong("id"),
                            row.getLong("household_id"),
                            row.getString("nik"),
                            row.getString("civil_registry_status"),
                            row.getString("status"),
                            row.getString("removal_reason"),
                            instant(row.getTimestamp("created_at")),
                            instant(row.getTimestamp("removed_at"))));
            Set<String> withoutEktp =
                    new HashSet<>(jdbc.queryForList("select nik from population where has_ektp = false", String.class));
            List<OpenRemoval> removals = jdbc.query(
                    "select change_type, household_id, member_id from change_request where status = 'IN_PROGRESS'",
                    (row, i) -> new OpenRemoval(row.getString("change_type"), row.getLong("household_id"), (Long)
                            row.getObject("member_id", Long.class)));
            return new Registry(households, members, withoutEktp, removals);
        }

        Map<String, Long> figures(String region) {
            Predicate<MemberRow> registered = m -> "ACTIVE".equals(m.status())
                    && "ACTIVE".equals(households.get(m.household()).status());
            Set<Long> proposedHouseholds = new HashSet<>();
            Set<Long> proposedMembers = new HashSet<>();
            for (OpenRemoval removal : removals) {
                if ("REMOVE_HOUSEHOLD".equals(removal.type())) {
                    proposedHouseholds.add(removal.household());
                } else if ("REMOVE_MEMBER".equals(removal.type())) {
                    proposedMembers.add(removal.member());
                }
            }
            List<MemberRow> here = membersIn(region);
            Function<Predicate<MemberRow>, Long> count =
                    rule -> here.stream().filter(rule).count();
            Map<String, Long> figures = new LinkedHashMap<>();
            figures.put(
                    "households",
                    households.values().stream()
                            .filter(h -> in(region, h.village()) && "ACTIVE".equals(h.status()))
                            .count());
            figures.put("members", count.apply(registered));
            figures.put("matched", count.apply(registered.and(m -> "MATCHED".equals(m.civilRegistryStatus()))));
            figures.put(
                    "notMatched",
                    count.apply(registered.and(m -> "NOT_MATCHED".equals(m.civilRegistryStatus())
                            || "NIK_UNKNOWN".equals(m.civilRegistryStatus()))));
            figures.put("unchecked", count.apply(registered.and(m -> "UNCHECKED".equals(m.civilRegistryStatus()))));
            figures.put("died", count.apply(m -> {
                HouseholdRow household = households.get(m.household());
                return "DECEASED".equals(m.civilRegistryStatus())
                        || ("REMOVED".equals(m.status()) && "DECEASED".equals(m.removalReason()))
                        || ("ACTIVE".equals(m.status())
                                && "REMOVED".equals(household.status())
                                && "DECEASED".equals(household.removalReason()));
            }));
            figures.put(
                    "proposedForDeletion",
                    count.apply(registered.and(
                            m -> proposedHouseholds.contains(m.household()) || proposedMembers.contains(m.id()))));
            figures.put("withoutEktp", count.apply(registered.and(m -> niksWithoutEktp.contains(m.nik()))));
            return figures;
        }

        Map<String, Long> period(String region, Instant start, Instant end) {
            Map<String, Long> period = new LinkedHashMap<>();
            for (var at : List.of(Map.entry("Before", start), Map.entry("After", end))) {
                Instant moment = at.getValue();
                period.put(
                        "households" + at.getKey(),
                        households.values().stream()
                                .filter(h -> in(region, h.village()) && there(h.createdAt(), h.removedAt(), moment))
                                .count());
            }
            for (var at : List.of(Map.entry("Before", start), Map.entry("After", end))) {
                Instant moment = at.getValue();
                period.put(
                        "members" + at.getKey(),
                        membersIn(region).stream()
                                .filter(m -> {
                                    HouseholdRow h = households.get(m.household());
                                    return there(h.createdAt(), h.removedAt(), moment)
                                            && there(m.createdAt(), m.removedAt(), moment);
                                })
                                .count());
            }
            return period;
        }

        private List<MemberRow> membersIn(String region) {
            return members.stream()
                    .filter(m -> in(region, households.get(m.household()).village()))
                    .toList();
        }

        private static boolean in(String region, String village) {
            return region == null || village.equals(region) || village.startsWith(region + ".");
        }

        /** Entered before the moment and not gone by then. */
        private static boolean there(Instant createdAt, Instant removedAt, Instant moment) {
            return createdAt.isBefore(moment) && (removedAt == null || !removedAt.isBefore(moment));
        }

        private static Instant instant(Timestamp timestamp) {
            return timestamp == null ? null : timestamp.toInstant();
        }
    }
}
