package id.verivali.common.tally;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts the marked villages of every tally again every few seconds, so that a reader seldom finds one left to count.
 * Readers stay exact without it (each refreshes what it covers first); off on a node that should serve only requests.
 */
@Component
@ConditionalOnProperty(name = "verivali.tallies.refresh", matchIfMissing = true)
class TallyRefresher {

    private final List<VillageTally> tallies;

    TallyRefresher(List<VillageTally> tallies) {
        this.tallies = tallies;
    }

    @Scheduled(
            initialDelayString = "${verivali.tallies.refresh-interval:5s}",
            fixedDelayString = "${verivali.tallies.refresh-interval:5s}")
    void refresh() {
        tallies.forEach(VillageTally::refreshAll);
    }
}
