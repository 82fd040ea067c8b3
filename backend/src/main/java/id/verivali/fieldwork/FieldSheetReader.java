package id.verivali.fieldwork;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.verivali.fieldwork.FieldSheetLayout.HouseholdColumn;
import id.verivali.fieldwork.FieldSheetLayout.MemberColumn;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a filled field sheet back, cell by cell as the enumerator left it: the workbook (the households' sheet and the
 * members' sheet), or the households alone as CSV (comma or semicolon, as Excel saves it in either locale). Columns
 * are found by their headers. A file it cannot read is refused whole ({@link Refused}); what each cell means is the
 * import's to check.
 */
final class FieldSheetReader {

    /**
     * A cell as typed: its text, the date or number a spreadsheet stored, and whether it is a formula.
     *
     * @param date set when the spreadsheet stored a date (a number in date format)
     */
    record SheetCell(String text, LocalDate date, BigDecimal number, boolean formula) {

        static final SheetCell BLANK = new SheetCell("", null, null, false);

        boolean blank() {
            return !formula && text.isBlank() && date == null && number == null;
        }

        /** A formula, or text a spreadsheet would run as one. */
        boolean formulaLike() {
            return formula || FieldSheetLayout.startsLikeFormula(text);
        }
    }

    /**
     * A row of a sheet, with its line number as the spreadsheet shows it (the header is line 1).
     *
     * @param positions where each column stands in the file (0 is A), which need not be where the field sheet put it
     */
    record SheetRow<C extends Enum<C>>(String sheet, int line, Map<C, SheetCell> cells, Map<C, Integer> positions) {

        SheetCell cell(C column) {
            return cells.getOrDefault(column, SheetCell.BLANK);
        }

        /** The column's letters in this file: where its header stands, or where the field sheet puts it if absent. */
        String letterOf(C column) {
            return FieldSheetLayout.letter(positions.getOrDefault(column, column.ordinal()));
        }

        boolean blank() {
            return cells.values().stream().allMatch(SheetCell::blank);
        }
    }

    record Read(List<SheetRow<HouseholdColumn>> households, List<SheetRow<MemberColumn>> members) {}

    /** The whole file refused: not a workbook or CSV, no households sheet, or a required column missing. */
    static final class Refused extends RuntimeException {
        final String messageCode;
        final transient Object[] arguments;

        Refused(String messageCode, Object... arguments) {
            super(messageCode);
            this.messageCode = messageCode;
            this.arguments = arguments;
        }
    }

    private static final List<HouseholdColumn> REQUIRED = List.of(HouseholdColumn.NUMBER, HouseholdColumn.FINDING);

    static Read read(byte[] content) {
        byte[] head = Arrays.copyOf(content, Math.min(content.length, 8));
        if (ReadableWorkbook.isOOXMLZipHeader(head)) {
            return workbook(content);
        }
        if (ReadableWorkbook.isOLE2Header(head)) {
            // Excel 97-2003 (.xls): saved by old Excel, read by nothing here.
            throw new Refused("fieldImport.oldExcel");
        }
        return csv(text(content));
    }

    private static Read workbook(byte[] content) {
        // Cell formats are read too: a date is a number in a date format.
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, false))) {
            Sheet households = workbook.findSheet(FieldSheetLayout.HOUSEHOLDS)
                    .or(() -> workbook.getSheets()
                            .filter(sheet -> !sheet.getName().equals(FieldSheetLayout.INSTRUCTIONS))
                            .findFirst())
                    .orElseThrow(() -> new Refused("fieldImport.noHouseholds"));
            var householdRows = rows(households, HouseholdColumn.class, column -> column.header, REQUIRED);
            var memberSheet = workbook.findSheet(FieldSheetLayout.MEMBERS);
            List<SheetRow<MemberColumn>> memberRows = memberSheet.isEmpty()
                    ? List.of()
                    : rows(
                            memberSheet.get(),
                            MemberColumn.class,
                            column -> column.header,
                            List.of(MemberColumn.NUMBER));
            return new Read(householdRows, memberRows);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof Refused refused) {
                throw refused;
            }
            throw new Refused("fieldImport.unreadable");
        }
    }

    private static <C extends Enum<C>> List<SheetRow<C>> rows(
            Sheet sheet, Class<C> type, Function<C, String> header, List<C> required) throws IOException {
        var rows = new ArrayList<SheetRow<C>>();
        Map<Integer, C> columns = null;
        try (var stream = sheet.openStream()) {
            for (var row : (Iterable<org.dhatim.fastexcel.reader.Row>) stream::iterator) {
                if (columns == null) {
                    var headers = new ArrayList<String>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        headers.add(row.getCell(i) == null ? "" : row.getCell(i).getText());
                    }
                    columns = columns(sheet.getName(), headers, type, header, required);
                    continue;
                }
                var cells = new EnumMap<C, SheetCell>(type);
                for (var column : columns.entrySet()) {
                    var cell = column.getKey() < row.getCellCount() ? row.getCell(column.getKey()) : null;
                    cells.put(column.getValue(), cell == null ? SheetCell.BLANK : cellOf(cell));
                }
                var read = new SheetRow<>(sheet.getName(), row.getRowNum(), cells, positionsOf(columns, type));
                if (!read.blank()) {
                    tooMany(rows.size());
                    rows.add(read);
                }
            }
        }
        if (columns == null) {
            throw new Refused("fieldImport.noHeader", sheet.getName());
        }
        return rows;
    }

    private static SheetCell cellOf(Cell cell) {
        if (cell.getType() == CellType.FORMULA) {
            return new SheetCell(cell.getFormula() == null ? "" : "=" + cell.getFormula(), null, null, true);
        }
        if (cell.getType() == CellType.NUMBER) {
            var number = cell.asNumber();
            LocalDate date = null;
            if (isDateFormat(cell.getDataFormatString())) {
                date = cell.asDate().toLocalDate();
            }
            return new SheetCell(number.stripTrailingZeros().toPlainString(), date, number, false);
        }
        var text = cell.getText();
        return new SheetCell(text == null ? "" : text, null, null, false);
    }

    private static boolean isDateFormat(String format) {
        if (format == null) {
            return false;
        }
        var lower = format.toLowerCase(Locale.ROOT);
        return lower.contains("d") && lower.contains("y") || lower.contains("mmm");
    }

    private static <C extends Enum<C>> Map<Integer, C> columns(
            String sheet, List<String> headers, Class<C> type, Function<C, String> header, List<C> required) {
        var columns = new java.util.HashMap<Integer, C>();
        for (int i = 0; i < headers.size(); i++) {
            var text = headers.get(i).strip().toLowerCase(Locale.ROOT);
            for (C column : type.getEnumConstants()) {
                if (header.apply(column).toLowerCase(Locale.ROOT).equals(text) && !columns.containsValue(column)) {
                    columns.put(i, column);
                }
            }
        }
        for (C column : required) {
            if (!columns.containsValue(column)) {
                throw new Refused("fieldImport.columnMissing", sheet, header.apply(column));
            }
        }
        return columns;
    }

    private static String text(byte[] content) {
        try {
            var text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            if (text.indexOf('\0') >= 0) {
                throw new Refused("fieldImport.type");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notText) {
            throw new Refused("fieldImport.type");
        }
    }

    private static Read csv(String text) {
        var firstLine = text.lines().findFirst().orElse("");
        char separator = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        var mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        var schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        List<String[]> lines = new ArrayList<>();
        try (MappingIterator<String[]> read =
                mapper.readerFor(String[].class).with(schema).readValues(text)) {
            while (read.hasNext()) {
                lines.add(read.next());
            }
        } catch (IOException | RuntimeException malformed) {
            throw new Refused("fieldImport.unreadable");
        }
        if (lines.isEmpty()) {
            throw new Refused("fieldImport.noHeader", FieldSheetLayout.HOUSEHOLDS);
        }
        var columns =
                columns("CSV", Arrays.asList(lines.get(0)), HouseholdColumn.class, column -> column.header, REQUIRED);
        var rows = new ArrayList<SheetRow<HouseholdColumn>>();
        for (int i = 1; i < lines.size(); i++) {
            var values = lines.get(i);
            var cells = new EnumMap<HouseholdColumn, SheetCell>(HouseholdColumn.class);
            for (var column : columns.entrySet()) {
                var value = column.getKey() < values.length ? values[column.getKey()] : "";
                cells.put(column.getValue(), new SheetCell(value == null ? "" : value, null, null, false));
            }
            var row = new SheetRow<>("CSV", i + 1, cells, positionsOf(columns, HouseholdColumn.class));
            if (!row.blank()) {
                tooMany(rows.size());
                rows.add(row);
            }
        }
        return new Read(rows, List.of());
    }

    private static <C extends Enum<C>> Map<C, Integer> positionsOf(Map<Integer, C> columns, Class<C> type) {
        var positions = new EnumMap<C, Integer>(type);
        columns.forEach((index, column) -> positions.put(column, index));
        return positions;
    }

    private static void tooMany(int rowsSoFar) {
        if (rowsSoFar >= FieldSheetLayout.MAX_ROWS) {
            throw new Refused("fieldImport.tooManyRows", FieldSheetLayout.MAX_ROWS);
        }
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }

    static Optional<String> text(SheetCell cell) {
        var text = cell.text().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private FieldSheetReader() {}
}
