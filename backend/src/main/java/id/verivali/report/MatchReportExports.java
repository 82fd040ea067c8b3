package id.verivali.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.verivali.audit.AuditAction;
import id.verivali.audit.AuditLog;
import id.verivali.audit.AuditSubjects;
import id.verivali.security.RegionScope;
import java.time.Clock;
import java.time.LocalDate;
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
    private final ObjectMapper json;
    private final Clock clock;

    MatchReportExports(
            MatchReportService reports, MessageSource messages, AuditLog audit, ObjectMapper json, Clock clock) {
        this.reports = reports;
        this.messages = messages;
        this.audit = audit;
        this.json = json;
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
        audit.record(
                actor,
                AuditAction.REPORT_EXPORTED,
                AuditSubjects.REPORT,
                "round-" + roundId,
                report.district().code(),
                details(format, roundId));
        return new ReportFile(filename, format.mediaType(), content);
    }

    private String details(ExportFormat format, long roundId) {
        try {
            return json.writeValueAsString(Map.of("format", format.name(), "round", roundId));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A format and a number are always JSON", impossible);
        }
    }
}
