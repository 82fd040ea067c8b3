package id.verivali.audit;

import id.verivali.common.web.InvalidFieldException;
import id.verivali.common.web.PageView;
import id.verivali.region.RegionService;
import id.verivali.security.CurrentUser;
import id.verivali.security.RegionScope;
import id.verivali.security.Role;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who opened which household's details, for auditors: only reads of households in the auditor's region. A household
 * elsewhere gives an empty list, as one that nobody has opened does.
 */
@Service
class ReadsLogService {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final HouseholdHeads heads;
    private final RegionService regions;

    ReadsLogService(JdbcTemplate jdbc, Clock clock, HouseholdHeads heads, RegionService regions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.heads = heads;
        this.regions = regions;
    }

    /** A filter of the reads log; absent parts do not filter. {@code from} and {@code to} are whole days, inclusive. */
    record ReadsFilter(Long householdId, String username, LocalDate from, LocalDate to) {}

    /** Newest first. 403 for anyone but an auditor; 400 naming {@code to} when it is before {@code from}. */
    @Transactional(readOnly = true)
    PageView<HouseholdReadView> reads(CurrentUser auditor, RegionScope scope, ReadsFilter filter, int page, int size) {
        if (auditor.role() != Role.AUDITOR) {
            throw new AccessDeniedException(auditor.username() + " is no auditor");
        }
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new InvalidFieldException("to", "audit.reads.toBeforeFrom");
        }
        var where = new StringBuilder(" from audit_event where action = ?");
        var args = new ArrayList<Object>(List.of(AuditAction.HOUSEHOLD_READ.name()));
        if (!scope.isNational()) {
            // The index on (action, region_code, id) serves both the region and the regions under it.
            where.append(" and (region_code = ? or region_code like ?)");
            args.add(scope.regionCode().orElseThrow());
            args.add(scope.descendantsPattern().orElseThrow());
        }
        if (filter.householdId() != null) {
            where.append(" and subject_type = ? and subject_id = ?");
            args.add(AuditSubjects.HOUSEHOLD);
            args.add(filter.householdId().toString());
        }
        if (filter.username() != null) {
            where.append(" and actor = ?");
            args.add(filter.username());
        }
        if (filter.from() != null) {
            where.append(" and occurred_at >= ?");
            args.add(startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < ?");
            args.add(startOf(filter.to().plusDays(1)));
        }
        long total = jdbc.queryForObject("select count(*)" + where, Long.class, args.toArray());
        var pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        var content = jdbc.query(
                "select occurred_at, actor, subject_id, region_code" + where + " order by id desc limit ? offset ?",
                (row, i) -> new HouseholdReadView(
                        row.getTimestamp("occurred_at").toInstant(),
                        row.getString("actor"),
                        Long.parseLong(row.getString("subject_id")),
                        null,
                        row.getString("region_code"),
                        null),
                pageArgs.toArray());
        var headNames = heads.headNames(
                content.stream().map(HouseholdReadView::householdId).collect(Collectors.toSet()));
        var villageNames = regions.names(content.stream()
                .map(HouseholdReadView::villageCode)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        var named = content.stream()
                .map(read -> read.named(headNames, villageNames))
                .toList();
        return new PageView<>(named, page, size, total, (int) ((total + size - 1) / size));
    }

    /** Midnight at the start of the day, in the registry's time zone. */
    private Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(clock.getZone()).toInstant());
    }
}
