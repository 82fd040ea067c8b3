package id.verivali.fieldwork;

import id.verivali.changerequest.ChangeRequestQueries;
import id.verivali.changerequest.Stage;
import id.verivali.household.HouseholdService;
import id.verivali.round.RoundService;
import id.verivali.workflow.WorkflowTaskClosed;
import id.verivali.workflow.WorkflowTaskOpened;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the worklist in step with the engine's field check tasks, inside the engine's transaction. */
@Component
class FieldCheckProjection {

    private final FieldCheckRepository checks;
    private final ChangeRequestQueries changes;
    private final HouseholdService households;
    private final RoundService rounds;

    FieldCheckProjection(
            FieldCheckRepository checks,
            ChangeRequestQueries changes,
            HouseholdService households,
            RoundService rounds) {
        this.checks = checks;
        this.changes = changes;
        this.households = households;
        this.rounds = rounds;
    }

    @EventListener
    void on(WorkflowTaskOpened opened) {
        if (opened.followUp() || !Stage.FIELD_CHECK.name().equals(opened.stage())) {
            return;
        }
        var change = changes.findByNumber(opened.changeRequestNumber())
                .orElseThrow(() -> new IllegalStateException("No change request " + opened.changeRequestNumber()));
        String head;
        String address = null;
        String rt = null;
        String rw = null;
        if (change.householdId() != null) {
            var listed = households.addresses(List.of(change.householdId())).get(change.householdId());
            head = listed.headName();
            address = listed.address();
            rt = listed.rt();
            rw = listed.rw();
        } else {
            // A new household exists only as the proposal until the ministry approves it.
            var proposed = changes.proposedChange(change.number()).household();
            head = proposed == null ? null : proposed.headName();
            if (proposed != null) {
                address = proposed.address();
                rt = proposed.rt();
                rw = proposed.rw();
            }
        }
        checks.save(new FieldCheck(
                opened.taskId(),
                change.id(),
                change.number(),
                change.type().name(),
                change.householdId(),
                rounds.roundStarting(change.id()).orElse(null),
                change.villageCode(),
                change.subdistrictCode(),
                head,
                address,
                rt,
                rw,
                opened.dueDate(),
                opened.createdAt()));
    }

    @EventListener
    void on(WorkflowTaskClosed closed) {
        checks.findById(closed.taskId()).ifPresent(check -> check.closed(closed.closedBy(), closed.closedAt()));
    }
}
