package id.verivali.household;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.verivali.audit.AuditAction;
import id.verivali.audit.AuditLog;
import id.verivali.audit.AuditSubjects;
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
    private final ObjectMapper json;
    private final Clock clock;

    HouseholdExports(
            HouseholdService households, MessageSource messages, AuditLog audit, ObjectMapper json, Clock clock) {
        this.households = households;
        this.messages = messages;
        this.audit = audit;
        this.json = json;
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
        audit.record(
                actor,
                AuditAction.REPORT_EXPORTED,
                AuditSubjects.REPORT,
                HOUSEHOLDS,
                scope.regionCode().orElse(null),
                details(scope, query));
        return sheet.asAttachment(filename);
    }

    /** What was exported: the filter as it was applied. */
    private String details(RegionScope scope, HouseholdQuery query) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", "XLSX");
        scope.regionCode().ifPresent(region -> details.put("region", region));
        if (query.q() != null && !query.q().isBlank()) {
            details.put("q", query.q().strip());
        }
        if (query.status() != null) {
            details.put("status", query.status().name());
        }
        if (query.changeInFlight() != null) {
            details.put("changeInFlight", query.changeInFlight());
        }
        if (query.sort() != null) {
            details.put("sort", query.sort());
        }
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A map of strings is always JSON", impossible);
        }
    }
}
