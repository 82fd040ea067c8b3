package id.verivali.changerequest;

import id.verivali.audit.AuditLog;
import id.verivali.common.web.Spreadsheet;
import id.verivali.region.RegionCodes;
import id.verivali.region.RegionService;
import id.verivali.security.RegionScope;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A change list, as filtered and sorted, as an Excel workbook: every page of it, in the reader's language, without a
 * NIK. Each download is recorded in the audit log with its filter.
 */
@Service
class ChangeExports {

    /** The most changes one file holds: a district's busiest year fits, a province's is refused. */
    static final int LIMIT = 100_000;

    /** The audit subject id of a change list's export. */
    static final String CHANGES = "change-requests";

    private static final List<String> COLUMNS = List.of(
            "number",
            "type",
            "stage",
            "status",
            "subdistrictCode",
            "subdistrictName",
            "villageCode",
            "villageName",
            "householdHead",
            "dueDate",
            "overdue",
            "proposedAt",
            "proposedBy");

    private final ChangeRequestQueries changes;
    private final RegionService regions;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    ChangeExports(
            ChangeRequestQueries changes, RegionService regions, MessageSource messages, AuditLog audit, Clock clock) {
        this.changes = changes;
        this.regions = regions;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** Read-write: the export's audit event is written with it (MySQL refuses any write on a read-only one). */
    @Transactional
    public ResponseEntity<byte[]> export(RegionScope scope, ChangeQuery query, String actor) {
        Locale locale = LocaleContextHolder.getLocale();
        var header = COLUMNS.stream()
                .map(column -> messages.getMessage("change.column." + column, null, locale))
                .toList();
        var sheet = new Spreadsheet(messages.getMessage("change.export.sheet", null, locale), header);
        String yes = messages.getMessage("change.overdue.true", null, locale);
        String no = messages.getMessage("change.overdue.false", null, locale);
        changes.forEachListed(scope, query, LIMIT, page -> {
            var subdistricts = regions.names(page.stream()
                    .map(change -> RegionCodes.parentOf(change.villageCode()))
                    .toList());
            page.forEach(change -> {
                String subdistrict = RegionCodes.parentOf(change.villageCode());
                sheet.add(Arrays.asList(
                        change.number(),
                        messages.getMessage("change.type." + change.type(), null, locale),
                        messages.getMessage("stage." + change.stage(), null, locale),
                        messages.getMessage("change.status." + change.status(), null, locale),
                        subdistrict,
                        subdistricts.get(subdistrict),
                        change.villageCode(),
                        change.villageName(),
                        change.householdHead(),
                        change.dueDate() == null ? null : localTime(change.dueDate()),
                        change.overdue() ? yes : no,
                        localTime(change.proposedAt()),
                        change.proposedBy()));
            });
        });
        String regionPart =
                scope.regionCode().orElseGet(() -> messages.getMessage("report.national.file", null, locale));
        String filename = messages.getMessage(
                        "change.export.file",
                        new Object[] {regionPart, LocalDate.now(clock).toString()},
                        locale)
                + ".xlsx";
        audit.recordExport(actor, CHANGES, scope.regionCode().orElse(null), filter(scope, query));
        return sheet.asAttachment(filename);
    }

    /** A moment as the district's clock shows it, to the minute: what a spreadsheet's reader compares. */
    private String localTime(java.time.Instant at) {
        return LocalDateTime.ofInstant(at, clock.getZone())
                .withSecond(0)
                .withNano(0)
                .toString()
                .replace('T', ' ');
    }

    /** What was exported: the filter as it was applied. */
    private static Map<String, Object> filter(RegionScope scope, ChangeQuery query) {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("format", "XLSX");
        filter.put("region", scope.regionCode().orElse(null));
        filter.put("status", query.status() == null ? null : query.status().name());
        filter.put("stage", query.stage() == null ? null : query.stage().name());
        filter.put("type", query.type() == null ? null : query.type().name());
        filter.put("household", query.household());
        filter.put("sort", query.sort());
        return filter;
    }
}
