package id.verivali.report;

import id.verivali.audit.AuditLog;
import id.verivali.security.RegionScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The summary as a file, in the caller's language. A download leaves the system with the figures, so each one is
 * recorded in the audit log (the JSON view, which stays on screen, is not).
 */
@Service
class SummaryExports {

    /** The audit subject id of the summary report. */
    static final String SUMMARY = "summary";

    private final SummaryService summaries;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    SummaryExports(SummaryService summaries, MessageSource messages, AuditLog audit, Clock clock) {
        this.summaries = summaries;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    ReportFile export(RegionScope scope, String since, String until, ExportFormat format, String actor) {
        SummaryView view = summaries.summary(scope, since, until);
        Locale locale = LocaleContextHolder.getLocale();
        byte[] content = format.bytes(
                ReportTable.summary(view, messages, locale), messages.getMessage("report.summary.sheet", null, locale));
        String regionPart = view.region().code() != null
                ? view.region().code()
                : messages.getMessage("report.national.file", null, locale);
        LocalDate day = LocalDate.ofInstant(view.asOf(), clock.getZone());
        String filename = messages.getMessage("report.summary.file", new Object[] {regionPart, day.toString()}, locale)
                + "." + format.extension();
        audit.recordExport(actor, SUMMARY, view.region().code(), parameters(format, view));
        return new ReportFile(filename, format.mediaType(), content);
    }

    /** What was exported: the format and the report's parameters as they were applied. */
    private static Map<String, Object> parameters(ExportFormat format, SummaryView view) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("format", format.name());
        parameters.put("region", view.region().code());
        if (view.period() != null) {
            parameters.put("since", view.period().since().toString());
            parameters.put("until", view.period().until().toString());
        }
        return parameters;
    }
}
