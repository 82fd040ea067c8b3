package id.verivali.supervision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.verivali.audit.AuditAction;
import id.verivali.audit.AuditLog;
import id.verivali.audit.AuditSubjects;
import id.verivali.common.web.InvalidFieldException;
import id.verivali.common.web.NotFoundException;
import id.verivali.region.RegionLevel;
import id.verivali.region.RegionService;
import id.verivali.region.RegionView;
import id.verivali.security.CurrentUser;
import id.verivali.security.RegionScope;
import id.verivali.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The districts' target dates for their kecamatan. */
@Service
@Transactional
public class TargetService {

    /** A district sets its kecamatan's targets, through the head of Dinas Sosial or its operator. */
    private static final Set<Role> SETTERS = Set.of(Role.DISTRICT_HEAD, Role.DISTRICT_OPERATOR);

    private final SupervisionTargetRepository targets;
    private final RegionService regions;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    TargetService(
            SupervisionTargetRepository targets,
            RegionService regions,
            AuditLog audit,
            ObjectMapper json,
            Clock clock) {
        this.targets = targets;
        this.regions = regions;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** What an audit event of a target keeps: the dates before (absent for a new target) and after. */
    private record TargetMoved(
            LocalDate previousTargetDate, LocalDate previousStartsOn, LocalDate targetDate, LocalDate startsOn) {}

    /**
     * Sets or moves a kecamatan's target. 403 for anyone but the district's head and operator, and for a kecamatan
     * of another district; 400 for a region that is not a kecamatan or dates out of order (the API has checked each
     * date on its own: {@link SetTarget}); 404 for a kecamatan code
     * that does not exist; 409, changing nothing, when the caller's version is not the target's (someone else set it
     * since they read it, or created it meanwhile).
     */
    TargetView set(String regionCode, SetTarget body, CurrentUser setter, RegionScope scope) {
        if (!SETTERS.contains(setter.role())) {
            throw new AccessDeniedException(setter.username() + " (" + setter.role() + ") sets no targets");
        }
        if (RegionLevel.ofCode(regionCode) != RegionLevel.SUBDISTRICT) {
            throw new InvalidFieldException("regionCode", "supervision.target.notSubdistrict");
        }
        scope.narrowedTo(regionCode);
        var name = regions.find(regionCode)
                .map(RegionView::name)
                .orElseThrow(() -> new NotFoundException("region", regionCode));
        if (body.startsOn() != null && body.targetDate().isBefore(body.startsOn())) {
            throw new InvalidFieldException("targetDate", "supervision.target.beforeStart");
        }
        var existing = targets.findById(regionCode);
        var current = existing.map(SupervisionTarget::version).orElse(null);
        if (!Objects.equals(current, body.version())) {
            throw new OptimisticLockingFailureException(
                    "Target of " + regionCode + " is at version " + current + ", not " + body.version());
        }
        var target = existing.orElseGet(() -> new SupervisionTarget(regionCode));
        var moved = new TargetMoved(target.targetDate(), target.startsOn(), body.targetDate(), body.startsOn());
        target.set(
                body.targetDate(),
                body.startsOn(),
                setter.username(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
        SupervisionTarget saved;
        try {
            saved = targets.saveAndFlush(target);
        } catch (DataIntegrityViolationException createdMeanwhile) {
            throw new OptimisticLockingFailureException(
                    "Target of " + regionCode + " was created meanwhile", createdMeanwhile);
        }
        // Local governments answer for their targets: who moved which date, and from what, is on the record.
        audit.record(
                setter.username(),
                AuditAction.TARGET_SET,
                AuditSubjects.REGION,
                regionCode,
                regionCode,
                details(moved));
        return TargetView.of(saved, name);
    }

    private String details(TargetMoved moved) {
        try {
            return json.writeValueAsString(moved);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("Four dates always make JSON", impossible);
        }
    }

    /**
     * Gives each kecamatan of the setter's district that has no target yet the target of {@code targetOf}, under the
     * same rules as {@link #set}; one that has a target keeps it. Returns how many were set.
     */
    public int setMissing(CurrentUser setter, Map<String, LocalDate> targetOf, LocalDate startsOn) {
        var scope = RegionScope.region(setter.regionCode());
        int set = 0;
        for (var entry : targetOf.entrySet()) {
            if (targets.existsById(entry.getKey())) {
                continue;
            }
            set(entry.getKey(), new SetTarget(entry.getValue(), startsOn, null), setter, scope);
            set++;
        }
        return set;
    }

    /**
     * The targets of the kecamatan in the reader's region (or the one asked for); for a village, its kecamatan's.
     */
    @Transactional(readOnly = true)
    List<TargetView> list(CurrentUser reader, RegionScope scope, String requested) {
        var region = Readers.regionFor(reader, scope, requested, regions).orElse(null);
        List<SupervisionTarget> found;
        if (region == null) {
            found = targets.findAllByOrderByRegionCode();
        } else if (region.level() == RegionLevel.VILLAGE) {
            found = targets.findById(region.parentCode()).stream().toList();
        } else if (region.level() == RegionLevel.SUBDISTRICT) {
            found = targets.findById(region.code()).stream().toList();
        } else {
            found = targets.findByRegionCodeStartingWithOrderByRegionCode(region.code() + ".");
        }
        var names =
                regions.names(found.stream().map(SupervisionTarget::regionCode).toList());
        return found.stream()
                .map(target -> TargetView.of(target, names.get(target.regionCode())))
                .toList();
    }
}
