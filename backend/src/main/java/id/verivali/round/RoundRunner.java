package id.verivali.round;

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

    @Scheduled(fixedDelayString = "${verivali.rounds.poll-interval:2s}")
    void run() {
        for (long roundId : rounds.findIdsByStatus(RoundStatus.STARTING)) {
            try {
                // Until the round is started, paused or stopped by a failure; the next look picks up the rest.
                while (batches.runNext(roundId)) {}
            } catch (RuntimeException failed) {
                // The batch rolled back whole; it is tried again at the next look.
                log.warn("A batch of verification round {} failed and will be tried again", roundId, failed);
            }
        }
    }
}
