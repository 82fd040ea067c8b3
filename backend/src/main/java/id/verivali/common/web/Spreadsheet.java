package id.verivali.common.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A list as an Excel workbook (XLSX) to download, written by fastexcel a row at a time: one sheet, the header row in
 * bold and frozen, numbers as numbers, empty cells for what is missing.
 */
public final class Spreadsheet {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Workbook workbook;
    private final Worksheet sheet;
    private int nextRow = 1;

    public Spreadsheet(String sheetName, List<String> header) {
        workbook = new Workbook(out, "Verivali", "1.0");
        sheet = workbook.newWorksheet(sheetName);
        for (int column = 0; column < header.size(); column++) {
            sheet.value(0, column, header.get(column));
        }
        sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
    }

    /** Adds a row: text, numbers, or null for an empty cell. */
    public void add(List<?> cells) {
        for (int column = 0; column < cells.size(); column++) {
            Object cell = cells.get(column);
            if (cell instanceof Number number) {
                sheet.value(nextRow, column, number);
            } else if (cell != null) {
                sheet.value(nextRow, column, cell.toString());
            }
        }
        nextRow++;
    }

    /** The finished workbook as a download under a name, so that a plain link saves it. */
    public ResponseEntity<byte[]> asAttachment(String filename) {
        try {
            workbook.finish();
        } catch (IOException impossible) {
            throw new UncheckedIOException("Writing to memory failed", impossible);
        }
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(out.toByteArray());
    }
}
