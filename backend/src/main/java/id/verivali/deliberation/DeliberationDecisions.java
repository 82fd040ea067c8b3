package id.verivali.deliberation;

import id.verivali.workflow.DeferredDecisions;
import id.verivali.workflow.TaskDecision;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A deliberation's decision on a task, as the engine applies it: the minutes' number and date are every decision's
 * reference (at the district the ratification letter's, at the ministry the decree's), and the chair decides.
 */
@Component
class DeliberationDecisions implements DeferredDecisions {

    private final DeliberationRepository deliberations;

    DeliberationDecisions(DeliberationRepository deliberations) {
        this.deliberations = deliberations;
    }

    /** The jobs' name for a deliberation. */
    static final String KIND = "deliberation";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<Deferred> find(long deliberationId, String taskId) {
        return deliberations.decidedTask(deliberationId, taskId).stream()
                .findFirst()
                .map(row -> {
                    var deliberation = (Deliberation) row[0];
                    var item = (DeliberationDecision) row[1];
                    return new Deferred(
                            new TaskDecision(
                                    item.decision(),
                                    item.reason(),
                                    item.note(),
                                    deliberation.minutesNumber(),
                                    deliberation.heldOn()),
                            deliberation.heldBy());
                });
    }
}
