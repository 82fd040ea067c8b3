package id.verivali.changerequest;

import id.verivali.audit.AuditAction;
import id.verivali.audit.AuditDetails;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the process reports about a change as it runs: the stage it entered and its due date, reminders and overdue
 * work, each decision taken, what the automatic checks found, and how it ended. Each call joins the engine's
 * transaction, so the change and the process commit together; each finds the change by its number, the process's
 * business key.
 */
@Service
@Transactional
public class ChangeBookkeeping {

    private final ChangeRequestRepository changes;
    private final ChangeRequestDecisionRepository decisions;
    private final EntityManager entityManager;
    private final ChangeAudit audit;
    private final Clock clock;

    ChangeBookkeeping(
            ChangeRequestRepository changes,
            ChangeRequestDecisionRepository decisions,
            EntityManager entityManager,
            ChangeAudit audit,
            Clock clock) {
        this.changes = changes;
        this.decisions = decisions;
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new stage begins: its due date, not overdue, not reminded yet. */
    public void enteredStage(String number, Stage stage, Instant dueDate) {
        changes.byNumber(number)
                .enteredStage(Objects.requireNonNull(stage, "stage"), dueDate, ChangeRequest.timestamp(clock));
    }

    public void markOverdue(String number) {
        changes.byNumber(number).markOverdue();
    }

    public void markReminded(String number, Instant at) {
        changes.byNumber(number).markReminded(at);
    }

    /**
     * Appends a decision. Refuses, recording nothing, what {@link DecisionRules} refuses: a decision the stage does
     * not offer, a rejection or return without a reason, a district approval without its ratification letter's
     * number, a ministry decision without its decree's number.
     */
    public void recordDecision(String number, RecordedDecision decision) {
        check(decision);
        ChangeRequest change = changes.byNumber(number);
        raiseVersion(change);
        Instant decidedAt = decision.decidedAt() != null ? decision.decidedAt() : ChangeRequest.timestamp(clock);
        decisions.save(new ChangeRequestDecision(change.id(), decision, decidedAt));
        audit.record(
                change,
                decision.actor(),
                AuditAction.TASK_DECIDED,
                new AuditDetails.TaskDecided(
                        change.number(),
                        decision.stage().name(),
                        decision.decision().name(),
                        decision.reason(),
                        decision.note(),
                        decision.reference(),
                        decision.referenceDate()));
    }

    /** Keeps what the checks found; the parts a call leaves null keep what an earlier call reported. */
    public void recordChecks(String number, CheckResults results) {
        changes.byNumber(number).recordChecks(results);
    }

    /** The change has ended as approved, rejected or withdrawn, now: what a region's finishing rate counts. */
    public void finished(String number, ChangeStatus status) {
        if (status == null || status == ChangeStatus.IN_PROGRESS) {
            throw new IllegalArgumentException("A change finishes approved, rejected or withdrawn, not " + status);
        }
        changes.byNumber(number).finished(status, ChangeRequest.timestamp(clock));
    }

    private static void check(RecordedDecision decision) {
        Objects.requireNonNull(decision.stage(), "stage");
        Objects.requireNonNull(decision.actor(), "actor");
        DecisionRules.problems(
                        decision.stage(), decision.decision(), decision.reason(), decision.note(), decision.reference())
                .stream()
                .findFirst()
                .ifPresent(problem -> {
                    throw new InvalidDecisionException(problem.field(), problem.messageCode(), problem.arguments());
                });
    }

    /**
     * Raises the change's version now, before its decision is written, and keeps the row locked until the transaction
     * ends: of two people deciding on the same change at once, the second gets an optimistic-locking failure (409)
     * rather than a decision interleaved with the first. (At commit, as {@code OPTIMISTIC_FORCE_INCREMENT} would, is
     * too late on MySQL: the decision's foreign key has share-locked the change, and the two would deadlock.)
     */
    private void raiseVersion(ChangeRequest change) {
        try {
            entityManager.lock(change, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (OptimisticLockException stale) {
            throw new ObjectOptimisticLockingFailureException(ChangeRequest.class, change.id(), stale);
        }
    }
}
