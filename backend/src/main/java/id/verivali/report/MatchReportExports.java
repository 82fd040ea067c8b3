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

/** A round's match report as a file in the caller's language; each download is recorded, as the summary's are. */
@Service
class MatchReportExports {

    private final MatchReportService reports;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    MatchReportExports(MatchReportService reports, MessageSource messages, AuditLog audit, Clock clock) {
        this.reports = reports;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    ReportFile export(long roundId, RegionScope scope, ExportFormat format, String actor) {
        MatchReportView report = reports.report(roundId, scope);
        Locale locale = LocaleContextHolder.getLocale();
        byte[] content = format.bytes(
                ReportTable.matches(report, messages, locale), messages.getMessage("report.match.sheet", null, locale));
        LocalDate day = LocalDate.ofInstant(report.asOf(), clock.getZone());
        String filename =
                messages.getMessage("report.match.file", new Object[] {String.valueOf(roundId), day.toString()}, locale)
                        + "." + format.extension();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("format", format.name());
        parameters.put("round", roundId);
        audit.recordExport(actor, "round-" + roundId, report.district().code(), parameters);
        return new ReportFile(filename, format.mediaType(), content);
    }
}
