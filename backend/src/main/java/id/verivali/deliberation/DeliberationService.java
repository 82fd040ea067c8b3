package id.verivali.deliberation;

import id.verivali.audit.AuditAction;
import id.verivali.audit.AuditDetails;
import id.verivali.audit.AuditLog;
import id.verivali.audit.AuditSubjects;
import id.verivali.changerequest.ChangeRequestQueries;
import id.verivali.changerequest.ChangeRequestView;
import id.verivali.changerequest.DecisionRules;
import id.verivali.common.web.ConfirmationRequiredException;
import id.verivali.common.web.InvalidFieldException;
import id.verivali.common.web.PageView;
import id.verivali.deliberation.DeliberationRefusedException.Refusal;
import id.verivali.document.DocumentStore;
import id.verivali.document.StoredDocument;
import id.verivali.household.HouseholdAddress;
import id.verivali.household.HouseholdService;
import id.verivali.inbox.InboxService;
import id.verivali.inbox.TaskView;
import id.verivali.region.RegionService;
import id.verivali.security.CurrentUser;
import id.verivali.security.RegionScope;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Holds deliberations: checks the whole list first and refuses it with every bad item named, or else stores the
 * minutes, records the deliberation and takes every task out of the inboxes as decided by the chair, in one short
 * transaction whose cost hardly grows with the list. The engine then completes each task as the deliberation says, in
 * jobs of its own (DecisionJobs): the changes move on to the next level within seconds, and the deliberation shows
 * how many it has still to apply.
 */
@Service
public class DeliberationService {

    /** The multipart form's parts: the deliberation as JSON, and its signed minutes. */
    static final String DELIBERATION_FIELD = "deliberation";

    static final String MINUTES_FIELD = "minutes";

    /** Dates in messages, as officials write them: 20-03-2026. */
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final DeliberationRepository deliberations;
    private final InboxService inbox;
    private final DocumentStore documents;
    private final RegionService regions;
    private final Validator validator;
    private final AuditLog audit;
    private final ChangeRequestQueries changes;
    private final HouseholdService households;
    private final Clock clock;

    DeliberationService(
            DeliberationRepository deliberations,
            InboxService inbox,
            DocumentStore documents,
            RegionService regions,
            Validator validator,
            AuditLog audit,
            ChangeRequestQueries changes,
            HouseholdService households,
            Clock clock) {
        this.deliberations = deliberations;
        this.inbox = inbox;
        this.documents = documents;
        this.regions = regions;
        this.validator = validator;
        this.audit = audit;
        this.changes = changes;
        this.households = households;
        this.clock = clock;
    }

    /**
     * Records the deliberation and completes its decisions as the chair. 403 unless the caller chairs the level in
     * the region; 400 listing every bad field and item otherwise, with nothing done.
     */
    @Transactional
    public DeliberationView hold(HoldDeliberation request, MultipartFile minutes, CurrentUser chair) {
        Map<String, TaskView> tasks = checked(request, minutes, chair);
        requireConfirmed(request);
        StoredDocument stored = documents.store(minutes, chair.username());
        var saved = deliberations.save(deliberation(request, tasks, stored, chair));
        inbox.decideLater(
                DeliberationDecisions.KIND,
                saved.id(),
                request.decisions().stream().map(HoldDeliberation.Item::taskId).toList(),
                chair);
        recordHeld(saved, chair);
        return view(saved, stored);
    }

    /**
     * Refuses (409 with the warning) a minutes number the region has recorded before, unless the chair confirms it: two
     * deliberations under one berita acara number are usually a typing slip, and the number is what the paper file is
     * found by.
     */
    private void requireConfirmed(HoldDeliberation request) {
        String region = request.level().isNational() ? null : request.regionCode();
        var earlier =
                deliberations.withMinutesNumber(region, request.minutesNumber().strip(), PageRequest.of(0, 1));
        var warnings = earlier.stream()
                .map(deliberation -> new ConfirmationRequiredException.Warning(
                        HoldDeliberation.Warning.MINUTES_NUMBER_REUSED.name(),
                        "deliberation.warning.minutesNumberReused",
                        deliberation.minutesNumber(),
                        DAY_MONTH_YEAR.format(deliberation.heldOn())))
                .toList();
        ConfirmationRequiredException.unlessConfirmed(
                warnings,
                request.confirmedWarnings() == null
                        ? List.of()
                        : request.confirmedWarnings().stream().map(Enum::name).toList());
    }

    /** The open tasks the deliberation decides, by id, once every field and item is checked; refused otherwise. */
    private Map<String, TaskView> checked(HoldDeliberation request, MultipartFile minutes, CurrentUser chair) {
        var refusals = new ArrayList<Refusal>();
        if (request == null) {
            refusals.add(Refusal.of(DELIBERATION_FIELD, "problemDetail.field.required"));
            checkMinutes(minutes, refusals);
            throw new DeliberationRefusedException(refusals);
        }
        validator
                .validate(request)
                .forEach(violation ->
                        refusals.add(Refusal.resolved(fieldOf(violation.getPropertyPath()), violation.getMessage())));
        if (request.level() != null) {
            checkChair(request.level(), request.regionCode(), chair, refusals);
        }
        Map<String, TaskView> tasks = request.level() == null || request.decisions() == null
                ? Map.of()
                : checkItems(request, chair, refusals);
        checkMinutes(minutes, refusals);
        if (!refusals.isEmpty()) {
            throw new DeliberationRefusedException(refusals);
        }
        return tasks;
    }

    private Deliberation deliberation(
            HoldDeliberation request, Map<String, TaskView> tasks, StoredDocument minutes, CurrentUser chair) {
        var decided = request.decisions().stream()
                .map(item -> {
                    var task = tasks.get(item.taskId());
                    return new DeliberationDecision(
                            item.taskId(),
                            task.changeRequestId(),
                            task.changeRequestNumber(),
                            item.decision(),
                            blankToNull(item.reason()),
                            blankToNull(item.note()));
                })
                .toList();
        return new Deliberation(
                request.level(),
                request.level().isNational() ? null : request.regionCode(),
                request.heldOn(),
                request.place().strip(),
                request.minutesNumber().strip(),
                request.attendees().stream().map(String::strip).toList(),
                minutes.id(),
                minutes.sha256(),
                decided,
                chair.username(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    private void recordHeld(Deliberation saved, CurrentUser chair) {
        audit.record(
                chair.username(),
                AuditAction.DELIBERATION_HELD,
                AuditSubjects.DELIBERATION,
                saved.id().toString(),
                saved.regionCode(),
                new AuditDetails.DeliberationHeld(
                                saved.level().name(),
                                saved.heldOn(),
                                saved.place(),
                                saved.minutesNumber(),
                                saved.minutesDocumentId(),
                                saved.minutesSha256(),
                                saved.attendees(),
                                saved.decisions().stream()
                                        .map(d -> new AuditDetails.DeliberationHeld.Decided(
                                                d.changeRequestId(),
                                                d.changeRequestNumber(),
                                                d.decision().name()))
                                        .toList())
                        .json());
    }

    /** 404 outside the caller's region; a ministry decree is the ministry's. */
    @Transactional(readOnly = true)
    public DeliberationView get(long id, RegionScope scope) {
        var deliberation = visible(id, scope);
        return view(
                deliberation, documents.find(deliberation.minutesDocumentId()).orElseThrow());
    }

    @Transactional(readOnly = true)
    public MinutesFile minutes(long id, RegionScope scope) {
        var deliberation = visible(id, scope);
        return new MinutesFile(
                documents.find(deliberation.minutesDocumentId()).orElseThrow(),
                documents.content(deliberation.minutesDocumentId()).orElseThrow());
    }

    /** Newest first, within the scope (already narrowed to the region asked for). */
    @Transactional(readOnly = true)
    public PageView<DeliberationSummaryView> list(RegionScope scope, int page, int size) {
        var found = deliberations.within(
                scope.regionCode().orElse(null), scope.descendantsPattern().orElse(null), PageRequest.of(page, size));
        var names = regions.names(found.getContent().stream()
                .map(Deliberation::regionCode)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return PageView.of(
                found,
                content -> content.stream()
                        .map(d -> new DeliberationSummaryView(
                                d.id(),
                                d.level(),
                                region(d.regionCode(), names),
                                d.heldOn(),
                                d.place(),
                                d.minutesNumber(),
                                d.minutesSha256(),
                                d.decisionCount(),
                                d.heldBy(),
                                d.recordedAt()))
                        .toList());
    }

    /**
     * The deliberations that decided a change, oldest first. Whether the caller may see the change is the caller's
     * question: this answers for any change.
     */
    @Transactional(readOnly = true)
    public List<ChangeDeliberationView> decided(long changeRequestId) {
        return deliberations.decidedChange(changeRequestId).stream()
                .map(row -> {
                    var deliberation = (Deliberation) row[0];
                    var item = (DeliberationDecision) row[1];
                    return new ChangeDeliberationView(
                            deliberation.id(),
                            deliberation.level().name(),
                            deliberation.level().stage(),
                            deliberation.regionCode(),
                            deliberation.heldOn(),
                            deliberation.place(),
                            deliberation.minutesNumber(),
                            deliberation.minutesSha256(),
                            deliberation.heldBy(),
                            deliberation.recordedAt(),
                            item.taskId(),
                            item.decision(),
                            item.reason(),
                            item.note());
                })
                .toList();
    }

    record MinutesFile(StoredDocument document, byte[] content) {}

    /**
     * The village head chairs the village's deliberation, the Camat the kecamatan's plenary, the head of Dinas Sosial
     * the district's ratification, a ministry officer the decree; anyone else, or a chair of another region, is
     * refused with 403.
     */
    private static void checkChair(
            DeliberationLevel level, String regionCode, CurrentUser chair, List<Refusal> refusals) {
        boolean noRegion = regionCode == null || regionCode.isBlank();
        if (level.isNational() && !noRegion) {
            refusals.add(Refusal.of("regionCode", "deliberation.regionCode.national"));
        } else if (!level.isNational() && noRegion) {
            refusals.add(Refusal.of("regionCode", "problemDetail.field.required"));
        }
        boolean otherRegion = !level.isNational() && !noRegion && !regionCode.equals(chair.regionCode());
        if (chair.role() != level.chair() || otherRegion) {
            throw new AccessDeniedException(chair.username() + " does not chair this " + level + " deliberation");
        }
    }

    /**
     * Every item's task must be open in the chair's inbox at the level's stage, listed once, with a decision that
     * meets the stage's rules ({@link DecisionRules}). Returns the chair's tasks among them, locked.
     */
    private Map<String, TaskView> checkItems(HoldDeliberation request, CurrentUser chair, List<Refusal> refusals) {
        var stage = request.level().stage();
        var items = request.decisions();
        var open = inbox.lockOpenTasks(
                items.stream()
                        .filter(Objects::nonNull)
                        .map(HoldDeliberation.Item::taskId)
                        .filter(id -> id != null && !id.isBlank())
                        .toList(),
                stage,
                chair);
        var listed = new HashSet<String>();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            if (item == null) {
                continue;
            }
            var field = "decisions[" + i + "].";
            if (item.taskId() != null && !item.taskId().isBlank()) {
                var task = open.get(item.taskId());
                if (!listed.add(item.taskId())) {
                    refusals.add(Refusal.of(field + "taskId", "deliberation.task.listedTwice"));
                } else if (task == null) {
                    refusals.add(Refusal.of(field + "taskId", "deliberation.task.notInInbox"));
                } else if (task.claimedBy() != null && !task.claimedBy().equals(chair.username())) {
                    refusals.add(Refusal.of(field + "taskId", "task.claimedByOther", task.claimedBy()));
                }
            }
            if (item.decision() != null) {
                DecisionRules.problems(stage, item.decision(), item.reason(), item.note(), request.minutesNumber())
                        .stream()
                        // The reference is the minutes' number, checked as the deliberation's own.
                        .filter(problem -> !problem.field().equals("reference"))
                        .forEach(problem -> refusals.add(
                                Refusal.of(field + problem.field(), problem.messageCode(), problem.arguments())));
            }
        }
        return open;
    }

    private void checkMinutes(MultipartFile minutes, List<Refusal> refusals) {
        if (minutes == null) {
            refusals.add(Refusal.of(MINUTES_FIELD, "problemDetail.field.required"));
            return;
        }
        try {
            documents.check(minutes);
        } catch (InvalidFieldException refused) {
            refusals.add(Refusal.of(MINUTES_FIELD, refused.messageCode()));
        }
    }

    private Deliberation visible(long id, RegionScope scope) {
        return deliberations.visibleTo(id, scope);
    }

    private DeliberationView view(Deliberation deliberation, StoredDocument minutes) {
        var code = deliberation.regionCode();
        return new DeliberationView(
                deliberation.id(),
                deliberation.level(),
                region(code, code == null ? Map.of() : regions.names(List.of(code))),
                deliberation.heldOn(),
                deliberation.place(),
                deliberation.minutesNumber(),
                deliberation.attendees(),
                new DeliberationView.Minutes(
                        minutes.filename(), minutes.contentType(), minutes.sizeBytes(), minutes.sha256()),
                deliberation.heldBy(),
                deliberation.recordedAt(),
                inbox.stillApplying(deliberation.decisions().stream()
                        .map(DeliberationDecision::taskId)
                        .toList()),
                items(deliberation.decisions()));
    }

    /**
     * Each decision with its change's type and household by name and address, for the BNBA. The changes and their
     * households are read in one go each, so a 200-household deliberation costs a handful of reads, not hundreds.
     */
    private List<DeliberationView.Item> items(List<DeliberationDecision> decisions) {
        var decided = changes.views(
                decisions.stream().map(DeliberationDecision::changeRequestId).toList());
        var registered = households.addresses(decided.values().stream()
                .map(ChangeRequestView::householdId)
                .filter(Objects::nonNull)
                .toList());
        var addresses = decisions.stream()
                .map(item -> householdOf(decided.get(item.changeRequestId()), registered))
                .toList();
        var villages = regions.names(addresses.stream()
                .map(DeliberationView.Household::villageCode)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        var items = new ArrayList<DeliberationView.Item>();
        for (int i = 0; i < decisions.size(); i++) {
            var item = decisions.get(i);
            var address = addresses.get(i);
            items.add(new DeliberationView.Item(
                    item.taskId(),
                    item.changeRequestId(),
                    item.changeRequestNumber(),
                    decided.get(item.changeRequestId()).type().name(),
                    address.inVillageNamed(villages.get(address.villageCode())),
                    item.decision(),
                    item.reason(),
                    item.note()));
        }
        return items;
    }

    /** The registry's household, or for a new one not yet applied, the proposal's; its village named later. */
    private DeliberationView.Household householdOf(ChangeRequestView change, Map<Long, HouseholdAddress> registered) {
        if (change.householdId() != null) {
            var household = registered.get(change.householdId());
            return new DeliberationView.Household(
                    household.headName(),
                    household.address(),
                    household.rt(),
                    household.rw(),
                    household.villageCode(),
                    null);
        }
        var proposed = changes.proposedChange(change.number()).household();
        if (proposed == null) {
            return new DeliberationView.Household(null, null, null, null, change.villageCode(), null);
        }
        return new DeliberationView.Household(
                proposed.headName(), proposed.address(), proposed.rt(), proposed.rw(), proposed.villageCode(), null);
    }

    private static DeliberationView.Region region(String code, Map<String, String> names) {
        return code == null ? null : new DeliberationView.Region(code, names.get(code));
    }

    /** {@code decisions[3].reason}, {@code attendees[0]}: as the caller wrote it, without Bean Validation's {@code <list element>}. */
    private static String fieldOf(Path path) {
        var field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
