package id.verivali.inbox;

import id.verivali.changerequest.ChangeRequestQueries;
import id.verivali.household.HouseholdService;
import id.verivali.workflow.WorkflowTaskClaimed;
import id.verivali.workflow.WorkflowTaskClosed;
import id.verivali.workflow.WorkflowTaskOpened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the work items in step with the engine's tasks, inside the engine's transaction. */
@Component
class WorkItemProjection {

    private final WorkItemRepository items;
    private final ChangeRequestQueries changes;
    private final HouseholdService households;

    WorkItemProjection(WorkItemRepository items, ChangeRequestQueries changes, HouseholdService households) {
        this.items = items;
        this.changes = changes;
        this.households = households;
    }

    @EventListener
    void on(WorkflowTaskOpened opened) {
        var change = changes.findByNumber(opened.changeRequestNumber())
                .orElseThrow(() -> new IllegalStateException("No change request " + opened.changeRequestNumber()));
        items.save(new WorkItem(
                opened.taskId(),
                opened.processInstanceId(),
                change.id(),
                change.number(),
                change.type().name(),
                opened.taskKey(),
                opened.stage(),
                opened.followUp(),
                opened.candidateRole(),
                opened.candidateRegion(),
                change.villageCode(),
                change.subdistrictCode(),
                change.districtCode(),
                headOf(change.number(), change.householdId()),
                opened.dueDate(),
                opened.createdAt()));
        if (opened.followUp()) {
            // The level's own task stays open beside its follow-up: it is now escalated.
            items.openDecisionTasks(opened.processInstanceId(), opened.stage())
                    .forEach(item -> item.escalated(opened.createdAt()));
        }
    }

    @EventListener
    void on(WorkflowTaskClaimed claimed) {
        items.findById(claimed.taskId()).ifPresent(item -> item.claimedBy(claimed.claimedBy()));
    }

    @EventListener
    void on(WorkflowTaskClosed closed) {
        items.findById(closed.taskId()).ifPresent(item -> item.close(closed.closedBy(), closed.closedAt()));
    }

    private String headOf(String number, Long householdId) {
        if (householdId != null) {
            return households.headName(householdId).orElse(null);
        }
        // A new household exists only as the proposal until the ministry approves it.
        var proposed = changes.proposedChange(number).household();
        return proposed == null ? null : proposed.headName();
    }
}
