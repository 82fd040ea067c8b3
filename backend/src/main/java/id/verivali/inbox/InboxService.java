package id.verivali.inbox;

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
import id.verivali.workflow.TaskCompletionFailed;
import id.verivali.workflow.TaskConflictException;
import id.verivali.workflow.TaskDecision;
import id.verivali.workflow.Tasks;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An official's inbox: the open tasks whose candidate group is their role at their region (for a supervisor with a
 * region, the national supervisors' follow-ups of changes in it), and the actions on them. Anything else answers 404,
 * so an inbox never reveals another region's work.
 */
@Service
public class InboxService {

    private final WorkItemRepository items;
    private final Tasks tasks;
    private final RegionService regions;
    private final Clock clock;

    InboxService(WorkItemRepository items, Tasks tasks, RegionService regions, Clock clock) {
        this.items = items;
        this.tasks = tasks;
        this.regions = regions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageView<TaskView> inbox(CurrentUser official, Stage stage, boolean overdueOnly, int page, int size) {
        var stageName = stage == null ? null : stage.name();
        var found = isRegionalSupervisor(official)
                ? followUpsWithin(official.regionCode(), stageName, overdueOnly, PageRequest.of(page, size))
                : items.inbox(
                        official.role().name(),
                        regionOf(official),
                        stageName,
                        overdueOnly,
                        clock.instant(),
                        PageRequest.of(page, size));
        var villages = regions.names(
                found.getContent().stream().map(WorkItem::villageCode).collect(Collectors.toSet()));
        return PageView.of(
                found,
                content -> content.stream()
                        .map(item -> view(item, villages.get(item.villageCode())))
                        .toList());
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
     * Completes several of the official's tasks, in the given order, in one engine command, each checked as
     * {@link #complete} checks one. All or nothing: the first refusal rolls every completion back; a refusal from the
     * change itself comes as {@link TaskCompletionFailed} naming its task.
     */
    @Transactional
    public void completeAll(Map<String, CompleteTask> decisions, CurrentUser official) {
        var checked = new LinkedHashMap<String, TaskDecision>();
        decisions.forEach((taskId, body) -> {
            decidableItem(taskId, body, official);
            checked.put(taskId, body.toTaskDecision());
        });
        tasks.completeAll(checked, official.username());
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
        taskIds.stream()
                .distinct()
                .sorted()
                .forEach(taskId -> items.lockById(taskId)
                        .filter(item -> item.isOpen()
                                && !item.followUp()
                                && stage.name().equals(item.stage())
                                && mayActOn(item, official))
                        .ifPresent(item -> open.put(taskId, view(item, null))));
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
    private Page<WorkItem> followUpsWithin(String region, String stage, boolean overdueOnly, Pageable page) {
        var level = RegionLevel.ofCode(region);
        var districts = switch (level) {
            case PROVINCE -> region + ".%";
            case DISTRICT -> region;
            case SUBDISTRICT -> RegionCodes.parentOf(region);
            case VILLAGE -> RegionCodes.parentOf(RegionCodes.parentOf(region));
        };
        return items.followUpsWithin(
                Role.SUPERVISOR.name(),
                districts,
                level == RegionLevel.SUBDISTRICT ? region : null,
                level == RegionLevel.VILLAGE ? region : null,
                stage,
                overdueOnly,
                clock.instant(),
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
