package id.verivali.fieldwork;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills a downloaded field sheet in as an enumerator would, with Apache POI (independent of the libraries that write
 * and read it): the findings in turn, a reason where one is needed, the visit's date and the enumerator.
 */
public final class FieldSheetFiller {

    public static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** The findings as the sheet's drop-down list words them, and their codes, in the same order. */
    public static final List<String> FINDINGS =
            List.of("Ditemukan, masih layak", "Pindah", "Meninggal", "Data ganda", "Tidak ditemukan", "Sudah mampu");

    public static final List<String> CODES =
            List.of("FOUND", "MOVED", "DECEASED", "DUPLICATE", "NOT_FOUND", "NO_LONGER_ELIGIBLE");

    /** The sheet with the i-th of {@code numbers} given the (i mod 6)-th finding, visited on {@code visitedOn}. */
    public static byte[] filled(byte[] sheet, List<String> numbers, LocalDate visitedOn) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            var households = workbook.getSheet("Rumah Tangga");
            var rows = rowsByNumber(households);
            for (int i = 0; i < numbers.size(); i++) {
                var row = rows.get(numbers.get(i));
                var finding = FINDINGS.get(i % FINDINGS.size());
                set(households, row, "Hasil kunjungan", finding);
                if (i % FINDINGS.size() != 0) {
                    set(households, row, "Alasan / keterangan", "Menurut ketua RT: " + finding);
                }
                set(households, row, "Tanggal kunjungan", DAY_MONTH_YEAR.format(visitedOn));
                set(households, row, "Petugas", "Pendamping PKH " + (i % 4));
            }
            return bytes(workbook);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The households' rows by change number. */
    public static Map<String, Row> rowsByNumber(Sheet households) {
        int number = column(households, "Nomor usulan");
        var rows = new HashMap<String, Row>();
        for (int i = 1; i <= households.getLastRowNum(); i++) {
            var row = households.getRow(i);
            if (row != null && row.getCell(number) != null) {
                rows.put(row.getCell(number).getStringCellValue(), row);
            }
        }
        return rows;
    }

    public static int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("No column " + header);
    }

    public static void set(Sheet sheet, Row row, String header, String value) {
        row.createCell(column(sheet, header)).setCellValue(value);
    }

    public static byte[] bytes(Workbook workbook) throws IOException {
        var out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private FieldSheetFiller() {}
}
