package id.verivali.round;

import id.verivali.audit.AuditAction;
import id.verivali.audit.AuditDetails;
import id.verivali.audit.AuditLog;
import id.verivali.audit.AuditSubjects;
import id.verivali.common.web.InvalidFieldException;
import id.verivali.common.web.NotFoundException;
import id.verivali.common.web.PageView;
import id.verivali.household.HouseholdService;
import id.verivali.region.RegionCodes;
import id.verivali.region.RegionLevel;
import id.verivali.region.RegionService;
import id.verivali.region.RegionView;
import id.verivali.security.CurrentUser;
import id.verivali.security.RegionScope;
import id.verivali.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens verification rounds, pauses and resumes them, and tells how far each has come. The changes themselves are
 * started in the background by {@link RoundBatches}.
 */
@Service
@Transactional
public class RoundService {

    /** A district opens its rounds through the head of Dinas Sosial or its operator; the ministry any district's. */
    private static final Set<Role> OPENERS = Set.of(Role.DISTRICT_HEAD, Role.DISTRICT_OPERATOR, Role.MINISTRY_OFFICER);

    private final VerificationRoundRepository rounds;
    private final RoundHouseholdRepository roundHouseholds;
    private final HouseholdService households;
    private final RegionService regions;
    private final AuditLog audit;
    private final Clock clock;

    RoundService(
            VerificationRoundRepository rounds,
            RoundHouseholdRepository roundHouseholds,
            HouseholdService households,
            RegionService regions,
            AuditLog audit,
            Clock clock) {
        this.rounds = rounds;
        this.roundHouseholds = roundHouseholds;
        this.households = households;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens a round; its changes start in the background from then on. 403 for anyone but the district's Dinas
     * Sosial head and operator and the ministry, and for another district; 400 naming the field for a code that is no
     * district, a kecamatan outside it or named twice, a target before the start, or a scope without households;
     * 409 while another round of the district is still starting in any of the same kecamatan.
     */
    RoundView open(OpenRound request, CurrentUser opener, RegionScope scope) {
        if (!OPENERS.contains(opener.role())) {
            throw new AccessDeniedException(opener.username() + " (" + opener.role() + ") opens no rounds");
        }
        if (RegionLevel.ofCode(request.districtCode()) != RegionLevel.DISTRICT) {
            throw new InvalidFieldException("districtCode", "round.district.notDistrict");
        }
        // Region codes are public: an unknown one is bad input for anyone, a known one outside the caller's 403.
        var district = regions.find(request.districtCode())
                .orElseThrow(() -> new InvalidFieldException(
                        "districtCode", "problemDetail.notFound.region", request.districtCode()));
        scope.narrowedTo(district.code());
        if (request.targetDate().isBefore(request.startsOn())) {
            throw new InvalidFieldException("targetDate", "round.targetDate.beforeStart");
        }
        Map<String, LocalDate> targets = targets(request, district);
        long lastHouseholdId = households.lastHouseholdId();
        Map<String, Long> counts = households.countActiveBySubdistrict(district.code(), lastHouseholdId);
        var subdistricts = targets.entrySet().stream()
                .map(target -> new RoundSubdistrict(
                        target.getKey(),
                        target.getValue(),
                        counts.getOrDefault(target.getKey(), 0L).intValue()))
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .toList();
        if (subdistricts.stream().mapToInt(RoundSubdistrict::householdsTotal).sum() == 0) {
            throw new InvalidFieldException(
                    request.subdistricts() == null || request.subdistricts().isEmpty()
                            ? "districtCode"
                            : "subdistricts",
                    "round.scope.empty");
        }
        refuseOverlap(district.code(), targets.keySet());
        Instant now = now();
        var round = rounds.save(new VerificationRound(
                request.name().strip(),
                district.code(),
                request.startsOn(),
                subdistricts,
                lastHouseholdId,
                opener.username(),
                now));
        audit.record(
                opener.username(),
                AuditAction.ROUND_OPENED,
                AuditSubjects.ROUND,
                round.id().toString(),
                round.districtCode(),
                new AuditDetails.RoundOpened(
                                round.name(),
                                round.startsOn(),
                                round.householdsTotal(),
                                subdistricts.stream()
                                        .map(s -> new AuditDetails.RoundOpened.Kecamatan(
                                                s.code(), s.targetDate(), s.householdsTotal()))
                                        .toList())
                        .json());
        return view(round);
    }

    /** Stops starting changes until resumed; only the round's opener may, and only while it is starting. */
    RoundView pause(long id, CurrentUser who, RegionScope scope) {
        var round = ownRound(id, who, scope);
        if (round.status() != RoundStatus.STARTING) {
            throw new RoundConflictException(
                    "problemDetail.roundNotPausable", null, "Round " + id + " is " + round.status());
        }
        round.pause(now());
        recordStateChange(round, who, AuditAction.ROUND_PAUSED);
        return view(round);
    }

    /** Starts changes again where the round stopped; only its opener may, and only while it is paused. */
    RoundView resume(long id, CurrentUser who, RegionScope scope) {
        var round = ownRound(id, who, scope);
        if (round.status() != RoundStatus.PAUSED) {
            throw new RoundConflictException(
                    "problemDetail.roundNotResumable", null, "Round " + id + " is " + round.status());
        }
        round.resume(now());
        recordStateChange(round, who, AuditAction.ROUND_RESUMED);
        return view(round);
    }

    /**
     * The round that started a change, if one did. Called from within the engine's transaction as a field check opens,
     * so it joins that transaction as it is.
     */
    public Optional<Long> roundStarting(long changeRequestId) {
        return roundHouseholds.roundsStarting(changeRequestId).stream().findFirst();
    }

    /** A round the caller may see: of their district, or under their region; 404 otherwise. */
    @Transactional(readOnly = true)
    public RoundView get(long id, RegionScope scope) {
        return view(visible(id, scope));
    }

    /** The rounds the caller may see, newest first. */
    @Transactional(readOnly = true)
    public PageView<RoundView> list(RegionScope scope, int page, int size) {
        List<String> districts = visibleDistricts(scope);
        var found = rounds.findVisible(
                districts == null, districts == null ? List.of("") : districts, PageRequest.of(page, size));
        return PageView.of(found, list -> list.stream().map(this::view).toList());
    }

    private Map<String, LocalDate> targets(OpenRound request, RegionView district) {
        Set<String> inDistrict = new HashSet<>();
        regions.children(district.code()).forEach(child -> inDistrict.add(child.code()));
        var targets = new HashMap<String, LocalDate>();
        if (request.subdistricts() == null || request.subdistricts().isEmpty()) {
            inDistrict.forEach(code -> targets.put(code, request.targetDate()));
            return targets;
        }
        for (int i = 0; i < request.subdistricts().size(); i++) {
            var kecamatan = request.subdistricts().get(i);
            String field = "subdistricts[" + i + "]";
            if (!inDistrict.contains(kecamatan.code())) {
                throw new InvalidFieldException(field + ".code", "round.subdistrict.notInDistrict");
            }
            LocalDate target = kecamatan.targetDate() != null ? kecamatan.targetDate() : request.targetDate();
            if (target.isBefore(request.startsOn())) {
                throw new InvalidFieldException(field + ".targetDate", "round.targetDate.beforeStart");
            }
            if (targets.put(kecamatan.code(), target) != null) {
                throw new InvalidFieldException(field + ".code", "round.subdistrict.repeated");
            }
        }
        return targets;
    }

    private void refuseOverlap(String district, Set<String> subdistricts) {
        for (var other : rounds.findUnfinished(district, RoundStatus.ALL_STARTED)) {
            boolean overlaps = other.subdistricts().stream().anyMatch(s -> subdistricts.contains(s.code()));
            if (overlaps) {
                throw new RoundConflictException(
                        "problemDetail.roundOverlaps",
                        new Object[] {other.name()},
                        "Round " + other.id() + " still starts changes in the same kecamatan");
            }
        }
    }

    /**
     * The round, locked: a batch running meanwhile holds the same lock and moves the round's version, so pausing
     * waits for it to commit and then pauses the round as it now is, rather than refusing a stale copy.
     */
    private VerificationRound ownRound(long id, CurrentUser who, RegionScope scope) {
        var round = rounds.lockById(id)
                .filter(found -> isVisible(found.districtCode(), scope))
                .orElseThrow(() -> new NotFoundException("round", id));
        if (!round.openedBy().equals(who.username())) {
            throw new AccessDeniedException("Only its opener pauses or resumes round " + id);
        }
        return round;
    }

    private VerificationRound visible(long id, RegionScope scope) {
        return rounds.findById(id)
                .filter(round -> isVisible(round.districtCode(), scope))
                .orElseThrow(() -> new NotFoundException("round", id));
    }

    /** Readers see the rounds of districts they cover, and of the district they work in (a Camat's, a village's). */
    private static boolean isVisible(String district, RegionScope scope) {
        return scope.covers(district)
                || scope.regionCode()
                        .map(code -> code.startsWith(district + "."))
                        .orElse(false);
    }

    /** The districts whose rounds the reader sees; null for all of them. */
    private List<String> visibleDistricts(RegionScope scope) {
        if (scope.isNational()) {
            return null;
        }
        String code = scope.regionCode().orElseThrow();
        return switch (RegionLevel.ofCode(code)) {
            case PROVINCE ->
                regions.children(code).stream().map(RegionView::code).toList();
            case DISTRICT -> List.of(code);
            case SUBDISTRICT, VILLAGE -> List.of(RegionCodes.districtOf(code));
        };
    }

    private void recordStateChange(VerificationRound round, CurrentUser who, AuditAction action) {
        audit.record(
                who.username(),
                action,
                AuditSubjects.ROUND,
                round.id().toString(),
                round.districtCode(),
                new AuditDetails.RoundStateChanged(round.name(), round.householdsDone(), round.householdsTotal())
                        .json());
    }

    private RoundView view(VerificationRound round) {
        Instant now = now();
        Map<String, Long> done = new HashMap<>();
        for (Object[] row : roundHouseholds.countBySubdistrict(round.id())) {
            done.put((String) row[0], ((Number) row[1]).longValue());
        }
        var names = regions.names(Stream.concat(
                        Stream.of(round.districtCode()),
                        round.subdistricts().stream().map(RoundSubdistrict::code))
                .toList());
        int total = round.householdsTotal();
        int householdsDone = round.householdsDone();
        long secondsRunning = round.timeRunning(now).getSeconds();
        Double perMinute = householdsDone == 0 || secondsRunning == 0 ? null : householdsDone * 60.0 / secondsRunning;
        Instant estimatedFinish = round.status() == RoundStatus.STARTING && perMinute != null
                ? now.plus(Duration.ofSeconds((long) Math.ceil((total - householdsDone) * 60.0 / perMinute)))
                : null;
        var kecamatan = new ArrayList<RoundView.Kecamatan>();
        for (var subdistrict : round.subdistricts()) {
            kecamatan.add(new RoundView.Kecamatan(
                    subdistrict.code(),
                    names.get(subdistrict.code()),
                    subdistrict.targetDate(),
                    subdistrict.householdsTotal(),
                    done.getOrDefault(subdistrict.code(), 0L).intValue()));
        }
        return new RoundView(
                round.id(),
                round.name(),
                new RoundView.Region(round.districtCode(), names.get(round.districtCode())),
                round.startsOn(),
                round.status(),
                round.openedBy(),
                round.openedAt(),
                total,
                round.changesStarted(),
                round.alreadyInProgress(),
                round.leftRegistry(),
                householdsDone,
                total == 0 ? 100.0 : Math.round(householdsDone * 1000.0 / total) / 10.0,
                perMinute,
                estimatedFinish,
                round.allStartedAt(),
                kecamatan,
                round.version());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
