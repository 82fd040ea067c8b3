package id.verivali.report;

import id.verivali.report.SummaryView.Figures;
import id.verivali.report.SummaryView.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;

/**
 * A report as the table a district publishes: a header row in the reader's language, then rows of text (codes,
 * names) and whole numbers. {@link #summary} is the published figures by child region; {@link #matches} a round's
 * civil-registry match by kecamatan and village.
 */
record ReportTable(List<String> header, List<List<Object>> rows) {

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

    /**
     * One row per child region in code order, then the region's total. The columns of the before and after are there
     * only when the report has a period.
     */
    static ReportTable summary(SummaryView view, MessageSource messages, Locale locale) {
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
        return new ReportTable(List.copyOf(header), List.copyOf(rows));
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

    private static final List<String> MATCH_COLUMNS = List.of(
            "households",
            "members",
            "matched",
            "notMatched",
            "nikUnknown",
            "died",
            "notYetMatched",
            "proposedForDeletion",
            "withoutEktp");

    /** Each kecamatan's villages in code order, then the kecamatan's total; last, the round's total. */
    static ReportTable matches(MatchReportView report, MessageSource messages, Locale locale) {
        List<String> header = new ArrayList<>();
        header.add(messages.getMessage("report.column.code", null, locale));
        header.add(messages.getMessage("report.column.name", null, locale));
        MATCH_COLUMNS.forEach(column -> header.add(messages.getMessage("report.column." + column, null, locale)));
        List<List<Object>> rows = new ArrayList<>();
        for (var kecamatan : report.subdistricts()) {
            kecamatan
                    .villages()
                    .forEach(village -> rows.add(matchRow(village.code(), village.name(), village.figures())));
            rows.add(matchRow(
                    kecamatan.code(),
                    messages.getMessage("report.total", new Object[] {kecamatan.name()}, locale),
                    kecamatan.figures()));
        }
        rows.add(matchRow(
                report.district().code(),
                messages.getMessage("report.total", new Object[] {report.roundName()}, locale),
                report.totals()));
        return new ReportTable(List.copyOf(header), List.copyOf(rows));
    }

    private static List<Object> matchRow(String code, String name, MatchReportView.Figures figures) {
        return List.of(
                code,
                name == null ? "" : name,
                figures.households(),
                figures.members(),
                figures.matched(),
                figures.notMatched(),
                figures.nikUnknown(),
                figures.died(),
                figures.notYetMatched(),
                figures.proposedForDeletion(),
                figures.withoutEktp());
    }
}
