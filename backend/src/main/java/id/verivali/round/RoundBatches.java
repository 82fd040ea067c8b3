package id.verivali.round;

import id.verivali.changerequest.ChangeProposals;
import id.verivali.changerequest.ChangeRequestQueries;
import id.verivali.changerequest.ChangeType;
import id.verivali.changerequest.ProposeChange;
import id.verivali.household.HouseholdRef;
import id.verivali.household.HouseholdService;
import id.verivali.region.RegionCodes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts a round's changes one batch at a time, each batch one short transaction: the round's row is locked, the
 * next households after its cursor are read, each gets a re-verification change (or, when one is already in flight,
 * a link to it), and the cursor moves past them. Everything a batch does commits together or not at all, so a batch
 * cut off by a crash is simply done again, and two nodes never run one round's batches at once.
 */
@Component
class RoundBatches {

    private final VerificationRoundRepository rounds;
    private final HouseholdService households;
    private final ChangeRequestQueries changes;
    private final ChangeProposals proposals;
    private final EntityManager entities;
    private final TransactionTemplate inTransaction;
    private final RoundProperties settings;
    private final Clock clock;

    RoundBatches(
            VerificationRoundRepository rounds,
            HouseholdService households,
            ChangeRequestQueries changes,
            ChangeProposals proposals,
            EntityManager entities,
            PlatformTransactionManager transactions,
            RoundProperties settings,
            Clock clock) {
        this.rounds = rounds;
        this.households = households;
        this.changes = changes;
        this.proposals = proposals;
        this.entities = entities;
        this.inTransaction = new TransactionTemplate(transactions);
        this.settings = settings;
        this.clock = clock;
    }

    /** Runs the round's next batch in a transaction of its own; false when there was none to run. */
    boolean runNext(long roundId) {
        return Boolean.TRUE.equals(inTransaction.execute(status -> runNextInTransaction(roundId)));
    }

    private boolean runNextInTransaction(long roundId) {
        var round = rounds.lockById(roundId).orElse(null);
        if (round == null || round.status() != RoundStatus.STARTING) {
            return false;
        }
        var batch = nextHouseholds(round, settings.batchSize());
        if (batch.isEmpty()) {
            round.allStarted(clock.instant().truncatedTo(ChronoUnit.SECONDS));
            return false;
        }
        var inFlight = changes.inProgressByHousehold(
                batch.stream().map(HouseholdRef::id).toList());
        int started = 0;
        int linked = 0;
        for (var household : batch) {
            Long existing = inFlight.get(household.id());
            long changeId;
            RoundEntry entry;
            if (existing != null) {
                changeId = existing;
                entry = RoundEntry.ALREADY_IN_PROGRESS;
                linked++;
            } else {
                changeId = proposals
                        .propose(reverification(household.id(), round.name()), round.openedBy())
                        .id();
                entry = RoundEntry.CHANGE_STARTED;
                started++;
            }
            entities.persist(new RoundHousehold(
                    round.id(),
                    household.id(),
                    changeId,
                    RegionCodes.parentOf(household.villageCode()),
                    household.villageCode(),
                    entry));
        }
        var last = batch.get(batch.size() - 1);
        round.advanced(last.villageCode(), last.id(), started, linked);
        if (batch.size() < settings.batchSize()) {
            round.allStarted(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        }
        return true;
    }

    /** Up to {@code limit} households after the cursor, kecamatan by kecamatan in code order. */
    private List<HouseholdRef> nextHouseholds(VerificationRound round, int limit) {
        var found = new ArrayList<HouseholdRef>();
        String cursorSubdistrict =
                round.cursorVillageCode().isEmpty() ? "" : RegionCodes.parentOf(round.cursorVillageCode());
        for (var subdistrict : round.subdistricts()) {
            if (found.size() >= limit) {
                break;
            }
            if (subdistrict.code().compareTo(cursorSubdistrict) < 0) {
                continue;
            }
            found.addAll(households.nextActive(
                    subdistrict.code(),
                    round.cursorVillageCode(),
                    round.cursorHouseholdId(),
                    round.lastHouseholdId(),
                    limit - found.size()));
        }
        return found;
    }

    private static ProposeChange reverification(long householdId, String roundName) {
        String reason = "Putaran verivali: " + roundName;
        return new ProposeChange(ChangeType.REVERIFY, householdId, null, null, null, null, null, reason, null);
    }
}
