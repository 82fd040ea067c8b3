package id.verivali.workflow;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Keeps the embedded civil-registry worker polling, unless an external worker serves the topic instead. */
@Component
@ConditionalOnProperty(name = "verivali.workflow.civil-registry-worker.polling", matchIfMissing = true)
class CivilRegistryPolling {

    private final CivilRegistryWorker worker;

    CivilRegistryPolling(CivilRegistryWorker worker) {
        this.worker = worker;
    }

    @Scheduled(fixedDelayString = "${verivali.workflow.civil-registry-worker.poll-interval:2s}")
    void poll() {
        // Drain what is waiting before pausing: a district round queues thousands of checks at once.
        while (worker.poll() > 0) {}
    }
}
