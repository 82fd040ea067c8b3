package id.verivali.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.MediaType;

/** The files a report downloads as: written by libraries that know the formats, never by hand. */
enum ExportFormat {
    /** RFC 4180: comma-separated, CRLF line ends, quoted where needed, UTF-8. */
    CSV("text/csv;charset=UTF-8", "csv") {
        @Override
        void write(ReportTable table, String sheetName, OutputStream out) throws IOException {
            CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
            try (SequenceWriter rows = CSV_MAPPER.writer(schema).writeValues(out)) {
                rows.write(table.header());
                for (List<Object> row : table.rows()) {
                    rows.write(row);
                }
            }
        }
    },
    /** One sheet: the header row in bold and frozen, numbers as numbers. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx") {
        @Override
        void write(ReportTable table, String sheetName, OutputStream out) throws IOException {
            try (Workbook workbook = new Workbook(out, "Verivali", "1.0")) {
                Worksheet sheet = workbook.newWorksheet(sheetName);
                for (int column = 0; column < table.header().size(); column++) {
                    sheet.value(0, column, table.header().get(column));
                }
                sheet.range(0, 0, 0, table.header().size() - 1).style().bold().set();
                sheet.freezePane(0, 1);
                for (int row = 0; row < table.rows().size(); row++) {
                    List<Object> cells = table.rows().get(row);
                    for (int column = 0; column < cells.size(); column++) {
                        if (cells.get(column) instanceof Number number) {
                            sheet.value(row + 1, column, number);
                        } else {
                            sheet.value(row + 1, column, (String) cells.get(column));
                        }
                    }
                }
                sheet.width(1, 32);
            }
        }
    };

    private static final CsvMapper CSV_MAPPER = new CsvMapper();

    private final MediaType mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.extension = extension;
    }

    MediaType mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    byte[] bytes(ReportTable table, String sheetName) {
        var out = new ByteArrayOutputStream();
        try {
            write(table, sheetName, out);
        } catch (IOException impossible) {
            throw new UncheckedIOException("Writing to memory failed", impossible);
        }
        return out.toByteArray();
    }

    abstract void write(ReportTable table, String sheetName, OutputStream out) throws IOException;
}
