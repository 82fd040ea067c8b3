package id.verivali.fieldwork;

import id.verivali.audit.AuditAction;
import id.verivali.audit.AuditDetails;
import id.verivali.audit.AuditLog;
import id.verivali.audit.AuditSubjects;
import id.verivali.changerequest.ChangeRequestQueries;
import id.verivali.changerequest.FieldFindings;
import id.verivali.changerequest.FieldOutcome;
import id.verivali.changerequest.Stage;
import id.verivali.common.web.InvalidFieldException;
import id.verivali.common.web.NotFoundException;
import id.verivali.common.web.PageView;
import id.verivali.document.HousePhoto;
import id.verivali.household.HouseholdService;
import id.verivali.household.Nik;
import id.verivali.inbox.CompleteTask;
import id.verivali.inbox.InboxService;
import id.verivali.region.RegionService;
import id.verivali.security.CurrentUser;
import id.verivali.security.RegionScope;
import id.verivali.workflow.TaskConflictException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * A village's field checks as a worklist, and their visits: recorded one at a time from the field-check form (with
 * the house's photo) and decided at once, as a decision in the inbox would be, with what the finding makes of the
 * change ({@link FieldFindings}).
 */
@Service
public class FieldCheckService {

    private static final Set<FieldCheckState> NOT_CANCELLED =
            EnumSet.of(FieldCheckState.TO_VISIT, FieldCheckState.VISITED, FieldCheckState.DECIDED);

    /** The checks still to decide: a field sheet's by default. */
    static final Set<FieldCheckState> OPEN = EnumSet.of(FieldCheckState.TO_VISIT, FieldCheckState.VISITED);

    private final FieldCheckRepository checks;
    private final FieldVisitRepository visits;
    private final Hamlets hamlets;
    private final HousePhoto photos;
    private final FieldFindings findings;
    private final InboxService inbox;
    private final HouseholdService households;
    private final ChangeRequestQueries changes;
    private final RegionService regions;
    private final AuditLog audit;
    private final Clock clock;

    FieldCheckService(
            FieldCheckRepository checks,
            FieldVisitRepository visits,
            Hamlets hamlets,
            HousePhoto photos,
            FieldFindings findings,
            InboxService inbox,
            HouseholdService households,
            ChangeRequestQueries changes,
            RegionService regions,
            AuditLog audit,
            Clock clock) {
        this.checks = checks;
        this.visits = visits;
        this.hamlets = hamlets;
        this.photos = photos;
        this.findings = findings;
        this.inbox = inbox;
        this.households = households;
        this.changes = changes;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of the worklist within the scope (already narrowed to the region asked for), in walking order. */
    @Transactional(readOnly = true)
    public PageView<FieldCheckView> worklist(RegionScope scope, FieldCheckFilter filter, int page, int size) {
        var found = find(
                scope,
                filter,
                filter.status() == null ? NOT_CANCELLED : Set.of(filter.status()),
                PageRequest.of(page, size));
        return PageView.of(found, this::views);
    }

    /** Every field check the filter holds, in walking order, at most {@code limit}: what a field sheet lists. */
    @Transactional(readOnly = true)
    List<FieldCheck> all(RegionScope scope, FieldCheckFilter filter, Set<FieldCheckState> states, int limit) {
        return find(scope, filter, states, PageRequest.of(0, limit)).getContent();
    }

    private Page<FieldCheck> find(
            RegionScope scope, FieldCheckFilter filter, Set<FieldCheckState> states, PageRequest page) {
        String region = scope.regionCode().orElse(null);
        var villages = region == null ? "%" : isVillage(region) ? region : region + ".%";
        List<String> rws = List.of();
        if (filter.dusun() != null && !filter.dusun().isBlank()) {
            if (region == null || !isVillage(region)) {
                throw new InvalidFieldException("dusun", "fieldCheck.dusun.needsVillage");
            }
            rws = hamlets.rwsOf(region, filter.dusun());
            if (rws.isEmpty()) {
                // A dusun the village does not have holds no household.
                rws = List.of("");
            }
        }
        return checks.worklist(
                villages,
                states,
                filter.round(),
                filter.rt(),
                filter.rw(),
                rws.isEmpty(),
                rws.isEmpty() ? List.of("") : rws,
                page);
    }

    List<FieldCheck> byChanges(Collection<Long> changeRequestIds) {
        return checks.findByChanges(Set.copyOf(changeRequestIds));
    }

    List<FieldCheckView> views(Collection<FieldCheck> found) {
        var villageCodes = found.stream().map(FieldCheck::villageCode).collect(Collectors.toSet());
        var names = regions.names(villageCodes);
        var dusun = hamlets.byVillage(villageCodes);
        var visited = visits
                .findByTaskIds(found.stream().map(FieldCheck::taskId).toList())
                .stream()
                .collect(Collectors.toMap(FieldVisit::taskId, Function.identity()));
        var now = clock.instant();
        return found.stream()
                .map(check -> view(check, names, dusun, visited.get(check.taskId()), now))
                .toList();
    }

    private static FieldCheckView view(
            FieldCheck check,
            Map<String, String> names,
            Map<String, Map<String, String>> dusun,
            FieldVisit visit,
            Instant now) {
        return new FieldCheckView(
                check.taskId(),
                check.changeRequestId(),
                check.changeRequestNumber(),
                check.changeType(),
                check.householdId(),
                check.headName(),
                check.address(),
                check.rt(),
                check.rw(),
                check.rw() == null
                        ? null
                        : dusun.getOrDefault(check.villageCode(), Map.of()).get(check.rw()),
                check.villageCode(),
                names.get(check.villageCode()),
                check.roundId(),
                check.dueDate(),
                check.isOpen() && check.dueDate() != null && check.dueDate().isBefore(now),
                check.state(),
                check.decidedAt(),
                check.decidedBy(),
                visit == null
                        ? null
                        : new FieldCheckView.VisitSummary(
                                visit.id(),
                                visit.finding(),
                                visit.visitedOn(),
                                visit.enumerator(),
                                visit.photoDocumentId() != null));
    }

    /**
     * Records a visit, with the house's photo if one came, and decides the field check now unless the visit says to
     * decide later. Only the village operator whose inbox holds the field check may; 404 for one they cannot see, 409
     * for one already decided; every bad field refused (400) with nothing stored.
     */
    @Transactional
    public FieldCheckView recordVisit(String taskId, Visit visit, MultipartFile photo, CurrentUser operator) {
        var check = checks.lockById(taskId)
                .filter(found -> RegionScope.region(operator.regionCode()).covers(found.villageCode()))
                .orElseThrow(() -> new NotFoundException("task", taskId));
        if (!check.isOpen()) {
            throw new TaskConflictException("task.alreadyDone");
        }
        if (inbox.lockOpenTasks(List.of(taskId), Stage.FIELD_CHECK, operator).isEmpty()) {
            throw new AccessDeniedException(operator.username() + " does not decide field check " + taskId);
        }
        var problems = problems(check, visit);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        var prepared = photo == null || photo.isEmpty() ? null : photos.prepare(photo);
        var recorded = record(
                check,
                visit,
                null,
                operator.username(),
                visits.findByTaskId(taskId).orElse(null));
        if (prepared != null) {
            recorded.photo(photos.store(prepared, operator.username()));
        }
        FieldOutcome outcome = null;
        if (visit.decidesNow()) {
            outcome = findings.record(check.changeRequestId(), visit.finding());
            recorded.decided(outcome.decision());
            check.decided(operator.username(), now(), outcome.typeAfter().name());
        } else {
            check.visited();
        }
        recordInAudit(check, recorded, visit, outcome, operator.username());
        if (outcome != null) {
            inbox.complete(taskId, new CompleteTask(outcome.decision(), visit.reason(), null, null, null), operator);
        }
        return views(List.of(check)).get(0);
    }

    /** What is wrong with a visit to this field check beyond its fields' own rules, most basic first. */
    List<InvalidFieldException> problems(FieldCheck check, Visit visit) {
        var problems = new ArrayList<InvalidFieldException>();
        var type = id.verivali.changerequest.ChangeType.valueOf(check.changeType());
        if (visit.finding() != null
                && visit.finding().needsReason(type)
                && (visit.reason() == null || visit.reason().isBlank())) {
            problems.add(new InvalidFieldException("reason", "fieldVisit.reason.required"));
        }
        if (visit.memberNiks() != null && !visit.memberNiks().isEmpty()) {
            var members = check.householdId() == null ? Set.<Long>of() : households.memberIds(check.householdId());
            for (int i = 0; i < visit.memberNiks().size(); i++) {
                var member = visit.memberNiks().get(i);
                if (member != null && member.memberId() != null && !members.contains(member.memberId())) {
                    problems.add(new InvalidFieldException(
                            "memberNiks[" + i + "].memberId", "fieldVisit.member.notInHousehold"));
                }
            }
        }
        return problems;
    }

    /**
     * Saves the visit, replacing {@code earlier}, the one recorded before for the same check and not decided, if
     * there is one.
     */
    FieldVisit record(FieldCheck check, Visit visit, Long importId, String by, FieldVisit earlier) {
        var recorded = earlier != null
                ? earlier
                : new FieldVisit(
                        check.taskId(), check.changeRequestId(), check.changeRequestNumber(), check.villageCode());
        recorded.record(visit, memberNotes(visit), importId, by, now());
        return visits.save(recorded);
    }

    /**
     * The visits recorded (and not yet decided) for these field checks, by task id, read at once: an import records
     * thousands, and a query per row would make Hibernate check every visit recorded so far before each one.
     */
    Map<String, FieldVisit> visitsByTask(Collection<String> taskIds) {
        return taskIds.isEmpty()
                ? Map.of()
                : visits.findByTaskIds(taskIds).stream()
                        .collect(Collectors.toMap(FieldVisit::taskId, Function.identity()));
    }

    void recordInAudit(FieldCheck check, FieldVisit visit, Visit entered, FieldOutcome outcome, String by) {
        var memberNiks = entered.memberNiks() == null
                ? List.<AuditDetails.FieldVisitRecorded.MemberNik>of()
                : entered.memberNiks().stream()
                        .map(m -> new AuditDetails.FieldVisitRecorded.MemberNik(m.memberId(), m.nik()))
                        .toList();
        audit.record(
                by,
                AuditAction.FIELD_VISIT_RECORDED,
                AuditSubjects.CHANGE_REQUEST,
                Long.toString(check.changeRequestId()),
                check.villageCode(),
                new AuditDetails.FieldVisitRecorded(
                                check.changeRequestNumber(),
                                check.taskId(),
                                visit.id(),
                                entered.finding().name(),
                                blankToNull(entered.reason()),
                                entered.visitedOn(),
                                entered.enumerator().strip(),
                                entered.welfare(),
                                memberNiks.isEmpty() ? null : memberNiks,
                                visit.photoDocumentId(),
                                visit.photoSha256(),
                                visit.latitude(),
                                visit.longitude(),
                                visit.importId(),
                                outcome != null,
                                outcome == null ? null : outcome.typeBefore().name(),
                                outcome == null ? null : outcome.typeAfter().name(),
                                outcome == null || outcome.removalReason() == null
                                        ? null
                                        : outcome.removalReason().name())
                        .json());
    }

    /** The visits of a change, oldest first; 404 for a change outside the scope. */
    @Transactional(readOnly = true)
    public List<FieldVisitView> visitsOf(long changeRequestId, RegionScope scope) {
        if (!scope.covers(changes.get(changeRequestId).villageCode())) {
            throw new NotFoundException("changeRequest", changeRequestId);
        }
        return visits.findByChange(changeRequestId).stream()
                .map(FieldCheckService::visitView)
                .toList();
    }

    /**
     * The visits of several changes, by change id, for a deliberation to show beside its decisions; the visits of
     * changes outside the scope are left out, as if there were none.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<FieldVisitView>> visitsOf(Collection<Long> changeRequestIds, RegionScope scope) {
        if (changeRequestIds.isEmpty()) {
            return Map.of();
        }
        return visits.findByChanges(Set.copyOf(changeRequestIds)).stream()
                .filter(visit -> scope.covers(visit.villageCode()))
                .map(FieldCheckService::visitView)
                .collect(Collectors.groupingBy(FieldVisitView::changeRequestId));
    }

    /** The document id of a visit's photo or its thumbnail; 404 outside the scope or without a photo. */
    @Transactional(readOnly = true)
    public long photoDocument(long visitId, boolean thumbnail, RegionScope scope) {
        var visit = visits.findById(visitId)
                .filter(found -> scope.covers(found.villageCode()))
                .orElseThrow(() -> new NotFoundException("fieldVisit", visitId));
        var id = thumbnail ? visit.thumbnailDocumentId() : visit.photoDocumentId();
        if (id == null) {
            throw new NotFoundException("fieldVisit", visitId);
        }
        return id;
    }

    static FieldVisitView visitView(FieldVisit visit) {
        var photo = visit.photoDocumentId() == null
                ? null
                : new FieldVisitView.Photo(
                        visit.photoSha256(),
                        visit.latitude(),
                        visit.longitude(),
                        "/api/field-checks/visits/" + visit.id() + "/photo",
                        "/api/field-checks/visits/" + visit.id() + "/photo?thumbnail=true");
        return new FieldVisitView(
                visit.id(),
                visit.taskId(),
                visit.changeRequestId(),
                visit.changeRequestNumber(),
                visit.finding(),
                visit.reason(),
                visit.visitedOn(),
                visit.enumerator(),
                visit.welfare(),
                MemberNotes.read(visit.memberNotes()).stream()
                        .map(m -> new FieldVisitView.MaskedMemberNik(m.memberId(), Nik.mask(m.nik())))
                        .toList(),
                photo,
                visit.importId(),
                visit.isDecided(),
                visit.recordedBy(),
                visit.recordedAt());
    }

    private static String memberNotes(Visit visit) {
        return visit.memberNiks() == null || visit.memberNiks().isEmpty()
                ? null
                : MemberNotes.write(
                        visit.memberNiks().stream().filter(Objects::nonNull).toList());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    static boolean isVillage(String code) {
        return code.chars().filter(c -> c == '.').count() == 3;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
