package id.verivali.round;

import java.util.ArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the batches of every round that is starting, in the background of each node. It keeps nothing itself: which
 * rounds are starting and where each stands is in the database, so a restarted node, or another one, carries on.
 */
@Component
@ConditionalOnProperty(name = "verivali.rounds.runner", matchIfMissing = true)
class RoundRunner {

    private static final Logger log = LoggerFactory.getLogger(RoundRunner.class);

    private final VerificationRoundRepository rounds;
    private final RoundBatches batches;

    RoundRunner(VerificationRoundRepository rounds, RoundBatches batches) {
        this.rounds = rounds;
        this.batches = batches;
    }

    /**
     * A batch of each starting round in turn, so that rounds of different districts move side by side, until none
     * has a batch left; a round paused meanwhile simply has none.
     */
    @Scheduled(fixedDelayString = "${verivali.rounds.poll-interval:2s}")
    void run() {
        var starting = new ArrayList<>(rounds.findIdsByStatus(RoundStatus.STARTING));
        while (!starting.isEmpty()) {
            starting.removeIf(roundId -> !runNext(roundId));
        }
    }

    private boolean runNext(long roundId) {
        try {
            return batches.runNext(roundId);
        } catch (RuntimeException failed) {
            // The batch rolled back whole; it is tried again at the next look.
            log.warn("A batch of verification round {} failed and will be tried again", roundId, failed);
            return false;
        }
    }
}
