package id.verivali.fieldwork;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A field sheet refused as a whole: 400 with every bad cell in {@code errors: [{field, sheet, line, column, header,
 * message}]} ({@code field} is always {@code file}, the form field the sheet came in), in sheet and line order, so
 * that the operator corrects the sheet in one go. Nothing of it is stored or decided.
 */
class FieldSheetRefusedException extends ErrorResponseException {

    /** The most problems one answer lists; a sheet with more has a wholesale mistake (a wrong column, say). */
    static final int MAX_PROBLEMS = 1_000;

    /**
     * One bad cell, or the file itself when {@code line} is null.
     *
     * @param column the column's letters (L), null for a whole row or the file
     * @param header the column's header (Hasil kunjungan)
     */
    record LineProblem(
            String sheet, Integer line, String column, String header, String messageCode, Object[] arguments) {

        static LineProblem ofFile(String messageCode, Object... arguments) {
            return new LineProblem(null, null, null, null, messageCode, arguments);
        }
    }

    /** A problem as the answer lists it, in the caller's language. */
    record LineError(String field, String sheet, Integer line, String column, String header, String message) {}

    private final transient List<LineProblem> problems;

    FieldSheetRefusedException(List<LineProblem> problems) {
        super(
                HttpStatus.BAD_REQUEST,
                ProblemDetail.forStatus(HttpStatus.BAD_REQUEST),
                null,
                problems.size() == 1 && problems.get(0).line() == null
                        ? "fieldImport.refused.file"
                        : "fieldImport.refused.lines",
                new Object[] {problems.size()});
        this.problems = problems.stream()
                .sorted(Comparator.comparing((LineProblem p) -> p.sheet() == null ? "" : p.sheet())
                        .thenComparing(p -> p.line() == null ? 0 : p.line())
                        .thenComparing(p -> p.column() == null ? "" : p.column()))
                .limit(MAX_PROBLEMS)
                .toList();
    }

    List<LineProblem> problems() {
        return problems;
    }

    @Override
    public ProblemDetail updateAndGetBody(MessageSource messages, Locale locale) {
        ProblemDetail body = super.updateAndGetBody(messages, locale);
        body.setProperty(
                "errors",
                problems.stream()
                        .map(p -> new LineError(
                                "file",
                                p.sheet(),
                                p.line(),
                                p.column(),
                                p.header(),
                                messages == null
                                        ? p.messageCode()
                                        : messages.getMessage(p.messageCode(), p.arguments(), locale)))
                        .toList());
        return body;
    }

    @Override
    public String getMessage() {
        return "Field sheet refused: " + problems.size() + " problems";
    }
}
