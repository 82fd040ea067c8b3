package id.verivali.round;

import id.verivali.changerequest.ChangeProposals;
import id.verivali.changerequest.ChangeRequestQueries;
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

    /** The reason each of a round's changes gives, followed by the round's name. */
    static final String REASON_PREFIX = "Putaran verivali: ";

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
        var toStart = batch.stream()
                .filter(household -> !inFlight.containsKey(household.id()))
                .toList();
        var startedIds = proposals
                .proposeReverifications(toStart, REASON_PREFIX + round.name(), round.openedBy())
                .iterator();
        for (var household : batch) {
            boolean linked = inFlight.containsKey(household.id());
            long changeId = linked ? inFlight.get(household.id()) : startedIds.next();
            entities.persist(new RoundHousehold(
                    round.id(),
                    household.id(),
                    changeId,
                    RegionCodes.parentOf(household.villageCode()),
                    household.villageCode(),
                    linked ? RoundEntry.ALREADY_IN_PROGRESS : RoundEntry.CHANGE_STARTED));
        }
        var last = batch.get(batch.size() - 1);
        round.advanced(last.villageCode(), last.id(), toStart.size(), batch.size() - toStart.size());
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
}
