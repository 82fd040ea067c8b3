package id.verivali.fieldwork;

import static id.verivali.fieldwork.FieldSheetFiller.DAY_MONTH_YEAR;
import static id.verivali.fieldwork.FieldSheetFiller.bytes;
import static id.verivali.fieldwork.FieldSheetFiller.column;
import static id.verivali.fieldwork.FieldSheetFiller.rowsByNumber;
import static id.verivali.fieldwork.FieldSheetFiller.set;
import static org.assertj.core.api.Assertions.assertThat;

import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import id.verivali.support.MultipartForm;
import id.verivali.workflow.ChangeDriver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The field sheet's round trip: downloaded, filled in as an enumerator would (read and written back with Apache POI,
 * independent of the libraries that wrote and read it), uploaded, previewed and confirmed.
 */
@IntegrationTest
@Import({FieldWork.class, ChangeDriver.class})
class FieldSheetImportApiIT {

    private static final String[] FINDINGS = FieldSheetFiller.FINDINGS.toArray(String[]::new);
    private static final String[] CODES = FieldSheetFiller.CODES.toArray(String[]::new);

    @Autowired
    Api api;

    @Autowired
    FieldWork fieldWork;

    @Autowired
    ChangeDriver driver;

    private String village;
    private String operator;

    @BeforeEach
    void aVillageOfTheFieldWorkKecamatan() {
        village = fieldWork.villageWith(230);
        operator = FieldWork.operatorOf(village);
    }

    @Test
    void two_hundred_households_go_out_on_the_sheet_and_come_back_decided_once() throws IOException {
        var numbers = fieldWork.atFieldCheck(village, 200);
        var sheet = download();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Petunjuk");
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex("Daftar"))).isTrue();
            var households = workbook.getSheet("Rumah Tangga");
            assertThat(households
                            .getRow(0)
                            .getCell(column(households, "Hasil kunjungan"))
                            .getStringCellValue())
                    .isEqualTo("Hasil kunjungan");
            assertThat(households.getDataValidations())
                    .extracting(v -> v.getValidationConstraint().getFormula1())
                    .contains("'Daftar'!$A$2:$A$7");
            var rows = rowsByNumber(households);
            assertThat(rows.keySet()).containsAll(numbers);
            var members = workbook.getSheet("Anggota");
            assertThat(members.getLastRowNum()).isGreaterThanOrEqualTo(200);

            var today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            for (int i = 0; i < numbers.size(); i++) {
                var row = rows.get(numbers.get(i));
                set(households, row, "Hasil kunjungan", FINDINGS[i % FINDINGS.length]);
                if (i % FINDINGS.length != 0) {
                    set(households, row, "Alasan / keterangan", "Menurut ketua RT, " + FINDINGS[i % FINDINGS.length]);
                }
                if (i % 2 == 0) {
                    set(households, row, "Tanggal kunjungan", DAY_MONTH_YEAR.format(today.minusDays(2)));
                } else {
                    var cell = row.createCell(column(households, "Tanggal kunjungan"));
                    cell.setCellValue(today.minusDays(3));
                    cell.setCellStyle(dateStyle);
                }
                set(households, row, "Petugas", "Pendamping PKH " + (i % 4));
                set(households, row, "Jenis lantai terluas", "Tanah");
                row.createCell(column(households, "Luas lantai (m2)")).setCellValue(36);
                set(households, row, "Sumber penerangan", "listrik pln tanpa meteran");
            }
            // The first household's head shows a KTP with another NIK: the same one, as written on the card.
            var firstMember = members.getRow(1);
            var nik = firstMember.getCell(column(members, "NIK")).getStringCellValue();
            var numberOfFirst =
                    firstMember.getCell(column(members, "Nomor usulan")).getStringCellValue();
            firstMember
                    .createCell(column(members, "NIK sesuai KTP (isi jika berbeda)"))
                    .setCellValue(nik);

            var filled = bytes(workbook);

            // One row in five spoilt (a finding that is no finding): each is named, and nothing is stored.
            var spoilt = new XSSFWorkbook(new ByteArrayInputStream(filled));
            var spoiltRows = rowsByNumber(spoilt.getSheet("Rumah Tangga"));
            for (int i = 0; i < numbers.size(); i += 5) {
                set(spoilt.getSheet("Rumah Tangga"), spoiltRows.get(numbers.get(i)), "Hasil kunjungan", "Entah");
            }
            int importsBefore = count("select count(*) from field_import");
            var refused = upload(bytes(spoilt), "lembar-rusak.xlsx");
            spoilt.close();
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body().get("errors")).hasSize(40);
            assertThat(count("select count(*) from field_import")).isEqualTo(importsBefore);
            assertThat(stages(numbers)).containsOnlyKeys("FIELD_CHECK");

            var preview = upload(filled, "lembar-terisi.xlsx");

            assertThat(preview.status()).as(preview.body().toString()).isEqualTo(201);
            assertThat(preview.body().get("status").asText()).isEqualTo("PREVIEWED");
            assertThat(preview.body().get("toDecide").asInt()).isEqualTo(200);
            for (int f = 0; f < CODES.length; f++) {
                final int finding = f;
                long expected = IntStream.range(0, 200)
                        .filter(i -> i % FINDINGS.length == finding)
                        .count();
                assertThat(preview.body().at("/byFinding/" + CODES[f]).asLong()).isEqualTo(expected);
            }
            assertThat(preview.body().get("becomeRemovals").asInt()).isEqualTo(200 - 34);
            // Nothing is decided before the operator confirms.
            assertThat(stages(numbers)).containsOnlyKeys("FIELD_CHECK");

            var confirmed = api.as(operator)
                    .post(
                            "/api/field-checks/imports/"
                                    + preview.body().get("id").asLong() + "/confirm",
                            null);
            assertThat(confirmed.status()).as(confirmed.body().toString()).isEqualTo(200);
            assertThat(confirmed.body().get("status").asText()).isEqualTo("CONFIRMED");
            assertThat(confirmed.body().get("applying").asInt()).isEqualTo(200);
            assertThat(driver.applyDecisions()).isEqualTo(200);
            var applied = api.as(operator)
                    .get("/api/field-checks/imports/" + preview.body().get("id").asLong());
            assertThat(applied.body().get("applying").asInt()).isZero();

            assertThat(stages(numbers)).containsOnlyKeys("VILLAGE_DELIBERATION");
            for (int i = 0; i < numbers.size(); i++) {
                var change = fieldWork.jdbc.queryForMap(
                        "select change_type, removal_reason, household_id from change_request where number = ?",
                        numbers.get(i));
                if (i % FINDINGS.length == 0) {
                    assertThat(change.get("CHANGE_TYPE")).isEqualTo("REVERIFY");
                } else {
                    assertThat(change.get("CHANGE_TYPE")).isEqualTo("REMOVE_HOUSEHOLD");
                    assertThat(change.get("REMOVAL_REASON")).isEqualTo(CODES[i % FINDINGS.length]);
                }
                // The registry changes only when the chain ends in approval.
                assertThat(fieldWork.jdbc.queryForObject(
                                "select status from household where id = ?", String.class, change.get("HOUSEHOLD_ID")))
                        .isEqualTo("ACTIVE");
            }
            assertThat(fieldWork.jdbc.queryForObject(
                            "select member_notes from field_visit where change_request_number = ?",
                            String.class,
                            numberOfFirst))
                    .contains(nik);
            assertThat(fieldWork.jdbc.queryForObject(
                            "select count(*) from field_visit where enumerator like 'Pendamping PKH %'"
                                    + " and floor_material = 'SOIL' and lighting = 'PLN_UNMETERED' and floor_area_m2 = 36"
                                    + " and change_request_number in (%s)".formatted(quoted(numbers)),
                            Integer.class))
                    .isEqualTo(200);

            // The same file again decides nothing twice.
            var again = upload(filled, "lembar-terisi.xlsx");
            assertThat(again.status()).isEqualTo(201);
            assertThat(again.body().get("toDecide").asInt()).isZero();
            assertThat(again.body().get("alreadyDecided").asInt()).isEqualTo(200);
            assertThat(again.body().get("sameFileConfirmedAt").isNull()).isFalse();
            var confirmedAgain = api.as(operator)
                    .post("/api/field-checks/imports/" + again.body().get("id").asLong() + "/confirm", null);
            assertThat(confirmedAgain.status()).isEqualTo(200);
            assertThat(driver.applyDecisions()).isZero();
            assertThat(fieldWork.jdbc.queryForObject(
                            "select count(*) from change_request_decision d join change_request c"
                                    + " on c.id = d.change_request_id where d.stage = 'FIELD_CHECK'"
                                    + " and c.number in (%s)".formatted(quoted(numbers)),
                            Integer.class))
                    .isEqualTo(200);
        }
    }

    @Test
    void every_bad_cell_is_named_by_line_and_column_and_nothing_is_stored() throws IOException {
        var numbers = fieldWork.atFieldCheck(village, 30);
        var elsewhere = fieldWork.atFieldCheck(otherVillage(), 1).get(0);
        var today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download()))) {
            var households = workbook.getSheet("Rumah Tangga");
            var rows = rowsByNumber(households);
            var expected = new ArrayList<String>();
            for (int i = 0; i < numbers.size(); i++) {
                var row = rows.get(numbers.get(i));
                set(households, row, "Hasil kunjungan", "Pindah");
                set(households, row, "Alasan / keterangan", "Pindah ke Pontianak");
                set(households, row, "Tanggal kunjungan", DAY_MONTH_YEAR.format(today.minusDays(1)));
                set(households, row, "Petugas", "Siti Aminah");
                int line = row.getRowNum() + 1;
                switch (i % 6) {
                    case 0 -> {
                        set(households, row, "Hasil kunjungan", "Hilang");
                        expected.add(line + ":L");
                    }
                    case 1 -> {
                        set(households, row, "Alasan / keterangan", "");
                        expected.add(line + ":M");
                    }
                    case 2 -> {
                        set(households, row, "Tanggal kunjungan", DAY_MONTH_YEAR.format(today.plusDays(2)));
                        expected.add(line + ":N");
                    }
                    case 3 -> {
                        row.createCell(column(households, "Kepala keluarga"))
                                .setCellFormula("HYPERLINK(\"http://contoh.invalid\",\"klik\")");
                        expected.add(line + ":E");
                    }
                    case 4 -> {
                        set(households, row, "Nomor usulan", elsewhere);
                        expected.add(line + ":B");
                    }
                    default -> {}
                }
            }
            var extra = households.createRow(households.getLastRowNum() + 1);
            set(households, extra, "Nomor usulan", "CR-6112-2026-999999");
            set(households, extra, "Hasil kunjungan", "Pindah");
            expected.add((extra.getRowNum() + 1) + ":B");
            int importsBefore = count("select count(*) from field_import");
            int visitsBefore = count("select count(*) from field_visit");

            var refused = upload(bytes(workbook), "lembar.xlsx");

            assertThat(refused.status()).as(refused.body().toString()).isEqualTo(400);
            assertThat(refused.body().get("errors"))
                    .extracting(
                            e -> e.get("line").asInt() + ":" + e.get("column").asText())
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(refused.body().get("errors")).allSatisfy(e -> {
                assertThat(e.get("field").asText()).isEqualTo("file");
                assertThat(e.get("sheet").asText()).isEqualTo("Rumah Tangga");
                assertThat(e.get("message").asText()).isNotBlank();
            });
            assertThat(count("select count(*) from field_import")).isEqualTo(importsBefore);
            assertThat(count("select count(*) from field_visit")).isEqualTo(visitsBefore);
            assertThat(stages(numbers)).containsOnlyKeys("FIELD_CHECK");
            assertThat(stages(List.of(elsewhere))).containsOnlyKeys("FIELD_CHECK");
        }
    }

    @Test
    void a_file_that_is_no_field_sheet_is_refused_naming_the_file() {
        int before = count("select count(*) from field_import");
        for (var file : List.of(
                "bukan lembar kerja".getBytes(),
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                new byte[11 * 1024 * 1024],
                new byte[50 * 1024 * 1024])) {
            var refused = upload(file, "hasil.xlsx");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("file");
        }
        assertThat(count("select count(*) from field_import")).isEqualTo(before);
    }

    @Test
    void a_csv_is_read_by_its_headers_and_a_bad_cell_named_where_it_stands() {
        var number = fieldWork.atFieldCheck(village, 1).get(0);
        var yesterday = DAY_MONTH_YEAR.format(
                LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).minusDays(1));
        var csv = "Petugas;Hasil kunjungan;Nomor usulan;Tanggal kunjungan\r\n" + "Siti Aminah;Entah;" + number + ";"
                + yesterday + "\r\n";

        // A printed sheet lists each household's members, NIKs masked; another village learns nothing.
        var changeId =
                fieldWork.jdbc.queryForObject("select id from change_request where number = ?", Long.class, number);
        var members = api.as(operator).get("/api/field-checks/members?change=" + changeId);
        assertThat(members.body().get(changeId.toString())).isNotEmpty();
        assertThat(members.body()
                        .get(changeId.toString())
                        .get(0)
                        .get("nikMasked")
                        .asText())
                .contains("*");
        assertThat(api.as(FieldWork.operatorOf(otherVillage()))
                        .get("/api/field-checks/members?change=" + changeId)
                        .body()
                        .size())
                .isZero();

        var refused = upload(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "hasil.csv");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors")).hasSize(1);
        assertThat(refused.body().at("/errors/0/sheet").asText()).isEqualTo("CSV");
        assertThat(refused.body().at("/errors/0/line").asInt()).isEqualTo(2);
        assertThat(refused.body().at("/errors/0/column").asText()).isEqualTo("B");
        assertThat(refused.body().at("/errors/0/header").asText()).isEqualTo("Hasil kunjungan");

        var accepted = upload(
                csv.replace("Entah", "Ditemukan, masih layak").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "hasil.csv");
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(201);
        assertThat(accepted.body().get("toDecide").asInt()).isEqualTo(1);
    }

    @Test
    void values_a_spreadsheet_would_run_go_out_behind_an_apostrophe() throws IOException {
        var number = fieldWork.atFieldCheck(village, 1).get(0);
        fieldWork.jdbc.update(
                "update field_check set head_name = ? where change_request_number = ?",
                "=HYPERLINK(\"http://contoh.invalid\",\"klik\")",
                number);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download()))) {
            var households = workbook.getSheet("Rumah Tangga");
            var cell = rowsByNumber(households).get(number).getCell(column(households, "Kepala keluarga"));
            assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://contoh.invalid\",\"klik\")");
        }
        assertThat(
                        count(
                                "select count(*) from audit_event where action = 'REPORT_EXPORTED' and subject_id = 'field-sheet'"))
                .isPositive();
    }

    private byte[] download() {
        var answer = api.as(operator).download("/api/field-checks/sheet.xlsx?region=" + village);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        return answer.getBody();
    }

    private Api.Response upload(byte[] content, String filename) {
        return api.as(operator)
                .postMultipart(
                        "/api/field-checks/imports",
                        new MultipartForm().file("file", content, filename).parts());
    }

    private Map<String, Integer> stages(List<String> numbers) {
        var stages = new HashMap<String, Integer>();
        fieldWork
                .jdbc
                .queryForList(
                        "select stage from change_request where number in (%s)".formatted(quoted(numbers)),
                        String.class)
                .forEach(stage -> stages.merge(stage, 1, Integer::sum));
        return stages;
    }

    private static String quoted(List<String> numbers) {
        return String.join(",", numbers.stream().map(n -> "'" + n + "'").toList());
    }

    private String otherVillage() {
        return fieldWork.villages().stream()
                .filter(code -> !code.equals(village))
                .findFirst()
                .orElseThrow();
    }

    private int count(String sql) {
        return fieldWork.jdbc.queryForObject(sql, Integer.class);
    }
}
