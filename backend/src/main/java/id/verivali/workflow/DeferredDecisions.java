package id.verivali.workflow;

import java.util.Optional;

/**
 * Where {@link DecisionJobs} finds the decisions it applies: a record kept outside the engine (a deliberation, an
 * imported field sheet) that names, for each task, what was decided and by whom.
 */
public interface DeferredDecisions {

    /** The kind of record, as the jobs name it: each kind has one source. */
    String kind();

    /** The decision the record keeps for the task; empty when the record does not decide it. */
    Optional<Deferred> find(long recordId, String taskId);

    /** A decision and the official the engine records as taking it. */
    record Deferred(TaskDecision decision, String username) {}
}
