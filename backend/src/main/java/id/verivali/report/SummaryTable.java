package id.verivali.report;

import id.verivali.report.SummaryView.Figures;
import id.verivali.report.SummaryView.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;

/**
 * The figures as the table a district publishes: a header row in the reader's language, one row per child region in
 * code order, then the region's total. The columns of the before and after are there only when the report has a
 * period. Cells are text (code, name) or whole numbers.
 */
record SummaryTable(List<String> header, List<List<Object>> rows) {

    private static final List<String> FIGURE_COLUMNS = List.of(
            "households",
            "members",
            "matched",
            "notMatched",
            "unchecked",
            "died",
            "proposedForDeletion",
            "withoutEktp");
    private static final List<String> PERIOD_COLUMNS =
            List.of("householdsBefore", "householdsAfter", "membersBefore", "membersAfter");

    static SummaryTable of(SummaryView view, MessageSource messages, Locale locale) {
        List<String> header = new ArrayList<>();
        header.add(messages.getMessage("report.column.code", null, locale));
        header.add(messages.getMessage("report.column.name", null, locale));
        FIGURE_COLUMNS.forEach(column -> header.add(messages.getMessage("report.column." + column, null, locale)));
        if (view.period() != null) {
            Object[] days = {
                view.period().since().toString(), view.period().until().toString()
            };
            PERIOD_COLUMNS.forEach(column -> header.add(messages.getMessage("report.column." + column, days, locale)));
        }
        List<List<Object>> rows = new ArrayList<>();
        view.children().forEach(child -> rows.add(row(child.code(), child.name(), child.figures(), child.period())));
        String total =
                messages.getMessage("report.total", new Object[] {view.region().name()}, locale);
        rows.add(row(view.region().code(), total, view.figures(), view.period()));
        return new SummaryTable(List.copyOf(header), List.copyOf(rows));
    }

    private static List<Object> row(String code, String name, Figures figures, Period period) {
        Stream<Long> counts = Stream.of(
                figures.households(),
                figures.members(),
                figures.matched(),
                figures.notMatched(),
                figures.unchecked(),
                figures.died(),
                figures.proposedForDeletion(),
                figures.withoutEktp());
        if (period != null) {
            counts = Stream.concat(
                    counts,
                    Stream.of(
                            period.householdsBefore(),
                            period.householdsAfter(),
                            period.membersBefore(),
                            period.membersAfter()));
        }
        List<Object> row = new ArrayList<>();
        row.add(code == null ? "" : code);
        row.add(name);
        counts.forEach(row::add);
        return List.copyOf(row);
    }
}
