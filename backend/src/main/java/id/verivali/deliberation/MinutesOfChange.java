package id.verivali.deliberation;

import id.verivali.changerequest.DeliberationMinutes;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Which deliberations decided a change, for its page's links to their minutes. */
@Component
class MinutesOfChange implements DeliberationMinutes {

    private final DeliberationRepository deliberations;

    MinutesOfChange(DeliberationRepository deliberations) {
        this.deliberations = deliberations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Minutes> decided(long changeRequestId) {
        return deliberations.decidedChange(changeRequestId).stream()
                .map(row -> (Deliberation) row[0])
                .distinct()
                .map(deliberation -> new Minutes(
                        deliberation.id(),
                        deliberation.level().stage(),
                        deliberation.minutesNumber(),
                        deliberation.heldOn()))
                .toList();
    }
}
