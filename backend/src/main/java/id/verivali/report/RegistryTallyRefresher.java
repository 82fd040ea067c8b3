package id.verivali.report;

import id.verivali.security.RegionScope;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts changed villages again every few seconds, so that a report seldom finds one left to count. Reports stay
 * exact without it (each counts what it covers first); off on a node that should serve only requests.
 */
@Component
@ConditionalOnProperty(name = "verivali.reports.tally-refresh", matchIfMissing = true)
class RegistryTallyRefresher {

    private final RegistryTallies tallies;

    RegistryTallyRefresher(RegistryTallies tallies) {
        this.tallies = tallies;
    }

    @Scheduled(
            initialDelayString = "${verivali.reports.tally-refresh-interval:5s}",
            fixedDelayString = "${verivali.reports.tally-refresh-interval:5s}")
    void refresh() {
        tallies.refresh(RegionScope.national());
    }
}
