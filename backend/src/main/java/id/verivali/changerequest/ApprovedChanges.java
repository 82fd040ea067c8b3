package id.verivali.changerequest;

import id.verivali.audit.AuditAction;
import id.verivali.audit.AuditDetails;
import id.verivali.audit.AuditLog;
import id.verivali.household.HouseholdService;
import id.verivali.household.HouseholdSnapshot;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one place a change touches the registry: when its process ends in approval. */
@Service
@Transactional
public class ApprovedChanges {

    private final ChangeRequestRepository changes;
    private final HouseholdService households;
    private final ChangeAudit audit;
    private final Clock clock;

    ApprovedChanges(ChangeRequestRepository changes, HouseholdService households, ChangeAudit audit, Clock clock) {
        this.changes = changes;
        this.households = households;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Makes the approved change on the registry, and records the civil registry's answers on the members concerned
     * (the registry changes only on approval). A change already applied is left alone, so a retried call changes
     * nothing more.
     */
    public void apply(String number) {
        ChangeRequest change = changes.byNumber(number);
        if (change.appliedAt() != null) {
            return;
        }
        if (change.status() == ChangeStatus.REJECTED || change.status() == ChangeStatus.WITHDRAWN) {
            throw new IllegalStateException(
                    "Change " + number + " is " + change.status() + ": only an approved change touches the registry");
        }
        var payload = change.payload();
        Instant now = ChangeRequest.timestamp(clock);
        Long householdId = change.householdId();
        Long memberId = change.memberId();
        HouseholdSnapshot before = householdId == null ? null : households.snapshot(householdId);
        switch (change.type()) {
            case NEW_HOUSEHOLD -> householdId = households.register(payload.household());
            case REVERIFY -> households.markReverified(householdId, now);
            case UPDATE -> households.update(householdId, payload.update());
            case REMOVE_HOUSEHOLD -> households.remove(householdId, change.removalReason());
            case ADD_MEMBER -> memberId = households.addMember(householdId, payload.member());
            case REMOVE_MEMBER -> households.removeMember(householdId, memberId, change.removalReason());
        }
        households.recordCivilRegistryStatus(householdId, change.civilRegistryStatuses());
        change.applied(householdId, memberId, now);
        // Applied by the process after the last approval, in a job of its own: the decisions name who decided.
        audit.record(
                change,
                AuditLog.SYSTEM,
                AuditAction.CHANGE_APPLIED,
                new AuditDetails.ChangeApplied(change.number(), before, households.snapshot(householdId)));
    }
}
