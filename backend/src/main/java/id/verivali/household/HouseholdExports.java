package id.verivali.household;

import id.verivali.audit.AuditLog;
import id.verivali.common.web.Spreadsheet;
import id.verivali.security.RegionScope;
import java.time.Clock;
import java.time.LocalDate;
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
 * A household list, as filtered and sorted, as an Excel workbook: every page of it, NIK and KK masked as on screen.
 * The list leaves the system with the download, so each one is recorded in the audit log with its filter.
 */
@Service
class HouseholdExports {

    /**
     * The most households one file holds: a district's whole registry (Kubu Raya has some 61,000) fits, a province
     * does not and is refused, so that no download reads a region's millions into memory.
     */
    static final int LIMIT = 100_000;

    /** The audit subject id of a household list's export. */
    static final String HOUSEHOLDS = "households";

    private static final List<String> COLUMNS = List.of(
            "kkNumber",
            "headName",
            "headNik",
            "address",
            "rt",
            "rw",
            "subdistrictCode",
            "subdistrictName",
            "villageCode",
            "villageName",
            "memberCount",
            "status");

    private final HouseholdService households;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    HouseholdExports(HouseholdService households, MessageSource messages, AuditLog audit, Clock clock) {
        this.households = households;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** Read-write: the export's audit event is written with it (MySQL refuses any write on a read-only one). */
    @Transactional
    public ResponseEntity<byte[]> export(RegionScope scope, HouseholdQuery query, String actor) {
        Locale locale = LocaleContextHolder.getLocale();
        var header = COLUMNS.stream()
                .map(column -> messages.getMessage("household.column." + column, null, locale))
                .toList();
        var sheet = new Spreadsheet(messages.getMessage("household.export.sheet", null, locale), header);
        households.forEachFound(
                scope,
                query,
                LIMIT,
                page -> page.forEach(household -> sheet.add(Arrays.asList(
                        household.kkNumber(),
                        household.headName(),
                        household.headNikMasked(),
                        household.address(),
                        household.rt(),
                        household.rw(),
                        household.subdistrictCode(),
                        household.subdistrictName(),
                        household.villageCode(),
                        household.villageName(),
                        household.memberCount(),
                        messages.getMessage("household.status." + household.status(), null, locale)))));
        String regionPart =
                scope.regionCode().orElseGet(() -> messages.getMessage("report.national.file", null, locale));
        String filename = messages.getMessage(
                        "household.export.file",
                        new Object[] {regionPart, LocalDate.now(clock).toString()},
                        locale)
                + ".xlsx";
        audit.recordExport(actor, HOUSEHOLDS, scope.regionCode().orElse(null), filter(scope, query));
        return sheet.asAttachment(filename);
    }

    /** What was exported: the filter as it was applied. */
    private static Map<String, Object> filter(RegionScope scope, HouseholdQuery query) {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("format", "XLSX");
        filter.put("region", scope.regionCode().orElse(null));
        filter.put(
                "q", query.q() == null || query.q().isBlank() ? null : query.q().strip());
        filter.put("status", query.status() == null ? null : query.status().name());
        filter.put("changeInFlight", query.changeInFlight());
        filter.put("sort", query.sort());
        return filter;
    }
}
