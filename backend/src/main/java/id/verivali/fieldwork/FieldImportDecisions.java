package id.verivali.fieldwork;

import id.verivali.workflow.DeferredDecisions;
import id.verivali.workflow.TaskDecision;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The decisions a confirmed field sheet import keeps, for the engine's jobs to apply: one visit a task. */
@Component
class FieldImportDecisions implements DeferredDecisions {

    private final FieldVisitRepository visits;

    FieldImportDecisions(FieldVisitRepository visits) {
        this.visits = visits;
    }

    @Override
    public String kind() {
        return FieldImports.KIND;
    }

    @Override
    public Optional<Deferred> find(long importId, String taskId) {
        return visits.findImported(importId, taskId)
                .filter(FieldVisit::isDecided)
                .map(visit -> new Deferred(
                        new TaskDecision(visit.decision(), visit.reason(), null, null, null), visit.recordedBy()));
    }
}
