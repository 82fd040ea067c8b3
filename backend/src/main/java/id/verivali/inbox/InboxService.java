package id.verivali.inbox;

import id.verivali.changerequest.ChangeRequestQueries;
import id.verivali.changerequest.Decision;
import id.verivali.changerequest.DecisionRules;
import id.verivali.changerequest.Stage;
import id.verivali.common.web.InvalidFieldException;
import id.verivali.common.web.NotFoundException;
import id.verivali.common.web.PageView;
import id.verivali.region.RegionCodes;
import id.verivali.region.RegionLevel;
import id.verivali.region.RegionService;
import id.verivali.security.CurrentUser;
import id.verivali.security.RegionScope;
import id.verivali.security.Role;
import id.verivali.workflow.DecisionJobs;
import id.verivali.workflow.TaskConflictException;
import id.verivali.workflow.Tasks;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An official's inbox: the open tasks whose candidate group is their role at their region (for a supervisor with a
 * region, the national supervisors' follow-ups of changes in it), and the actions on them. Anything else answers 404,
 * so an inbox never reveals another region's work.
 */
@Service
public class InboxService {

    /** A change number as {@code ChangeRequestNumbers} writes it, in any case: CR-6112-2026-000001. */
    private static final Pattern CHANGE_NUMBER = Pattern.compile("(?i)CR-\\d+-\\d{4}-\\d+");

    private static final Pattern NIK = Pattern.compile("\\d{16}");

    private final WorkItemRepository items;
    private final Tasks tasks;
    private final DecisionJobs decisionJobs;
    private final RegionService regions;
    private final ChangeRequestQueries changes;
    private final TransactionTemplate eachClaim;
    private final Clock clock;

    InboxService(
            WorkItemRepository items,
            Tasks tasks,
            DecisionJobs decisionJobs,
            RegionService regions,
            ChangeRequestQueries changes,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.items = items;
        this.tasks = tasks;
        this.decisionJobs = decisionJobs;
        this.regions = regions;
        this.changes = changes;
        this.eachClaim = new TransactionTemplate(transactions);
        this.eachClaim.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** A page of the official's open tasks, earliest due first, at a stage or overdue when asked. */
    @Transactional(readOnly = true)
    public PageView<TaskView> inbox(CurrentUser official, Stage stage, boolean overdueOnly, int page, int size) {
        return inbox(official, null, new TaskFilter(stage, overdueOnly, null, null), page, size);
    }

    /**
     * A page of the official's open tasks, earliest due first, filtered. {@code scope}: the region the filter asks
     * for, already checked to lie within the official's; null for all of the official's inbox.
     */
    @Transactional(readOnly = true)
    PageView<TaskView> inbox(CurrentUser official, RegionScope scope, TaskFilter filter, int page, int size) {
        var found = find(official, scope, filter, PageRequest.of(page, size));
        var villages = regions.names(
                found.getContent().stream().map(WorkItem::villageCode).collect(Collectors.toSet()));
        return PageView.of(
                found,
                content -> content.stream()
                        .map(item -> view(item, villages.get(item.villageCode())))
                        .toList());
    }

    private Page<WorkItem> find(CurrentUser official, RegionScope scope, TaskFilter filter, Pageable page) {
        var stage = filter.stage() == null ? null : filter.stage().name();
        var dueBefore = filter.overdueOnly() ? clock.instant() : null;
        var search = search(filter.q());
        var narrowed = scope == null ? null : scope.regionCode().orElse(null);
        var sorted = PageRequest.of(page.getPageNumber(), page.getPageSize(), WorkItemRepository.EARLIEST_DUE_FIRST);
        if (isRegionalSupervisor(official)) {
            return followUpsWithin(
                    narrowed == null ? official.regionCode() : narrowed, stage, dueBefore, search, sorted);
        }
        var level = narrowed == null ? null : RegionLevel.ofCode(narrowed);
        return items.findAll(
                WorkItemRepository.openFor(official.role().name(), regionOf(official))
                        .and(WorkItemRepository.narrowed(
                                level == RegionLevel.PROVINCE
                                        ? narrowed + ".%"
                                        : level == RegionLevel.DISTRICT ? narrowed : null,
                                level == RegionLevel.SUBDISTRICT ? narrowed : null,
                                level == RegionLevel.VILLAGE ? narrowed : null,
                                stage,
                                dueBefore,
                                search.number(),
                                search.headPart(),
                                search.changeIds())),
                sorted);
    }

    /**
     * What a search asks for: a change number (CR-…), a whole NIK (the changes under way that concern the person: of
     * the household they belong to, or proposing them as a new household's member or a member to add), or else part
     * of the household head's name.
     */
    private Search search(String query) {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty()) {
            return new Search(null, null, null);
        }
        if (CHANGE_NUMBER.matcher(text).matches()) {
            return new Search(text.toUpperCase(Locale.ROOT), null, null);
        }
        if (NIK.matcher(text).matches()) {
            // Changes anywhere; the inbox's own conditions then keep those of other inboxes out.
            return new Search(null, null, changes.inProgressConcerning(text));
        }
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return new Search(null, "%" + escaped + "%", null);
    }

    /** @param changeIds the changes a NIK found; null when the search is not by NIK */
    private record Search(String number, String headPart, Set<Long> changeIds) {}

    /**
     * Claims several of the official's tasks, each in a transaction of its own, so that one someone else took first
     * (before, or while this runs) is answered {@code TAKEN} for that task alone. A task that is not in the official's
     * inbox is {@code NOT_FOUND} like an unknown one, and says nothing more.
     */
    ClaimResults claimAll(ClaimTasks request, CurrentUser official, RegionScope scope) {
        List<String> taskIds;
        if (request.matching() != null) {
            taskIds = find(official, scope, request.matching(), PageRequest.of(0, ClaimTasks.LIMIT)).stream()
                    .map(WorkItem::taskId)
                    .toList();
        } else if (request.taskIds() != null && !request.taskIds().isEmpty()) {
            taskIds = request.taskIds().stream().distinct().toList();
        } else {
            throw new InvalidFieldException("taskIds", "tasks.claim.none");
        }
        var results = taskIds.stream().map(taskId -> claimOne(taskId, official)).toList();
        int claimed = (int) results.stream()
                .filter(result -> result.outcome() == ClaimOutcome.CLAIMED)
                .count();
        return new ClaimResults(claimed, results);
    }

    private ClaimResults.ClaimedTask claimOne(String taskId, CurrentUser official) {
        try {
            return eachClaim.execute(status -> {
                var item = items.lockById(taskId)
                        .filter(found -> mayActOn(found, official))
                        .orElse(null);
                if (item == null) {
                    return new ClaimResults.ClaimedTask(taskId, ClaimOutcome.NOT_FOUND, null, null);
                }
                var number = item.changeRequestNumber();
                if (!item.isOpen()) {
                    return new ClaimResults.ClaimedTask(taskId, ClaimOutcome.CLOSED, number, null);
                }
                if (official.username().equals(item.claimedBy())) {
                    return new ClaimResults.ClaimedTask(taskId, ClaimOutcome.ALREADY_YOURS, number, item.claimedBy());
                }
                if (item.claimedBy() != null) {
                    return new ClaimResults.ClaimedTask(taskId, ClaimOutcome.TAKEN, number, item.claimedBy());
                }
                tasks.claim(taskId, official.username());
                return new ClaimResults.ClaimedTask(taskId, ClaimOutcome.CLAIMED, number, official.username());
            });
        } catch (TaskConflictException raced) {
            // The engine saw a claim the inbox's row lock did not (one made outside the inbox): the task is taken.
            return new ClaimResults.ClaimedTask(taskId, ClaimOutcome.TAKEN, null, null);
        }
    }

    @Transactional
    public TaskView claim(String taskId, CurrentUser official) {
        var item = openItemFor(taskId, official);
        if (item.claimedBy() != null && !item.claimedBy().equals(official.username())) {
            throw new TaskConflictException("task.claimedByOther", item.claimedBy());
        }
        tasks.claim(taskId, official.username());
        return view(item, null);
    }

    @Transactional
    public TaskView unclaim(String taskId, CurrentUser official) {
        var item = openItemFor(taskId, official);
        if (item.claimedBy() != null && !item.claimedBy().equals(official.username())) {
            throw new TaskConflictException("task.claimedByOther", item.claimedBy());
        }
        tasks.unclaim(taskId, official.username());
        return view(item, null);
    }

    @Transactional
    public TaskView complete(String taskId, CompleteTask body, CurrentUser official) {
        var item = decidableItem(taskId, body, official);
        tasks.complete(taskId, body.toTaskDecision(), official.username());
        return view(item, null);
    }

    /**
     * Takes the official's decisions on tasks {@link #lockOpenTasks locked and checked} by the caller: they leave every
     * inbox now, as decided by the official, and the engine completes each as the record ({@code recordId}, a
     * deliberation) says, in jobs of its own once the caller's transaction commits.
     */
    @Transactional
    public void decideLater(String kind, long recordId, Collection<String> taskIds, CurrentUser official) {
        var decided = items.lockAllById(taskIds);
        var at = clock.instant();
        decided.forEach(item -> {
            if (!item.isOpen()) {
                throw new TaskConflictException("task.decidedBy", item.closedBy());
            }
            item.decided(official.username(), at);
        });
        decisionJobs.schedule(kind, recordId, taskIds);
    }

    /** How many of the tasks are decided and not yet completed by the engine. */
    @Transactional(readOnly = true)
    public int stillApplying(Collection<String> taskIds) {
        return taskIds.isEmpty() ? 0 : items.countDecided(taskIds);
    }

    /**
     * The official's open decision tasks at a stage among the given ids, each row locked until the transaction ends
     * (taken in id order, so that two batches over the same tasks queue rather than deadlock). Ids that are unknown,
     * decided, follow-ups, at another stage or in another inbox are all left out alike, so that a batch refuses them
     * without revealing which of those they are. A deliberation checks its whole list with this before it
     * {@link #complete completes} any task.
     */
    @Transactional
    public Map<String, TaskView> lockOpenTasks(Collection<String> taskIds, Stage stage, CurrentUser official) {
        var open = new HashMap<String, TaskView>();
        if (taskIds.isEmpty()) {
            return open;
        }
        items.lockAllById(Set.copyOf(taskIds)).stream()
                .filter(item -> item.isOpen()
                        && !item.followUp()
                        && stage.name().equals(item.stage())
                        && mayActOn(item, official))
                .forEach(item -> open.put(item.taskId(), view(item, null)));
        return open;
    }

    /** The official's open item, locked, if the body's decision meets its stage's rules; claimed by another is 409. */
    private WorkItem decidableItem(String taskId, CompleteTask body, CurrentUser official) {
        var item = openItemFor(taskId, official);
        if (item.claimedBy() != null && !item.claimedBy().equals(official.username())) {
            throw new TaskConflictException("task.claimedByOther", item.claimedBy());
        }
        if (!item.followUp()) {
            DecisionRules.problems(
                            Stage.valueOf(item.stage()), body.decision(), body.reason(), body.note(), body.reference())
                    .stream()
                    .findFirst()
                    .ifPresent(problem -> {
                        throw new InvalidFieldException(problem.field(), problem.messageCode(), problem.arguments());
                    });
        }
        return item;
    }

    /** Locks the item; 404 unless it is the official's, 409 once it is decided. */
    private WorkItem openItemFor(String taskId, CurrentUser official) {
        var item = items.lockById(taskId)
                .filter(found -> mayActOn(found, official))
                .orElseThrow(() -> new NotFoundException("task", taskId));
        if (!item.isOpen()) {
            throw item.closedBy() == null
                    ? new TaskConflictException("task.cancelled")
                    : new TaskConflictException("task.decidedBy", item.closedBy());
        }
        return item;
    }

    /**
     * Whether the task is in the official's inbox: their candidate group, or for a supervisor of a region, the
     * national supervisors' follow-up of a change in that region.
     */
    private static boolean mayActOn(WorkItem item, CurrentUser official) {
        if (isRegionalSupervisor(official)) {
            return item.isFor(Role.SUPERVISOR.name(), "")
                    && RegionScope.region(official.regionCode()).covers(item.villageCode());
        }
        return item.isFor(official.role().name(), regionOf(official));
    }

    /**
     * The model escalates overdue district and ministry work to the national SUPERVISOR group, which has no region
     * (household-change.bpmn): a supervisor with a region takes the follow-ups of that region's changes from it.
     */
    private static boolean isRegionalSupervisor(CurrentUser official) {
        return official.role() == Role.SUPERVISOR && official.regionCode() != null;
    }

    /** The national supervisors' open follow-ups of changes in a region, by the region's level. */
    private Page<WorkItem> followUpsWithin(
            String region, String stage, Instant dueBefore, Search search, Pageable page) {
        var level = RegionLevel.ofCode(region);
        var districts = switch (level) {
            case PROVINCE -> region + ".%";
            case DISTRICT -> region;
            case SUBDISTRICT -> RegionCodes.parentOf(region);
            case VILLAGE -> RegionCodes.parentOf(RegionCodes.parentOf(region));
        };
        return items.findAll(
                WorkItemRepository.followUpsWithin(Role.SUPERVISOR.name(), districts)
                        .and(WorkItemRepository.narrowed(
                                null,
                                level == RegionLevel.SUBDISTRICT ? region : null,
                                level == RegionLevel.VILLAGE ? region : null,
                                stage,
                                dueBefore,
                                search.number(),
                                search.headPart(),
                                search.changeIds())),
                page);
    }

    private static String regionOf(CurrentUser official) {
        return official.role().isNational() || official.regionCode() == null ? "" : official.regionCode();
    }

    private TaskView view(WorkItem item, String villageName) {
        var overdue = item.dueDate() != null && item.dueDate().isBefore(clock.instant());
        Set<Decision> decisions =
                item.followUp() ? Set.of() : Stage.valueOf(item.stage()).allowedDecisions();
        return new TaskView(
                item.taskId(),
                item.changeRequestId(),
                item.changeRequestNumber(),
                item.changeType(),
                item.stage(),
                item.followUp(),
                item.householdHead(),
                item.villageCode(),
                villageName,
                item.dueDate(),
                overdue,
                item.claimedBy(),
                decisions);
    }
}
