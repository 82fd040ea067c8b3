package id.verivali.history;

import java.time.Instant;
import java.util.List;

/**
 * The model a change's process instance ran, as deployed, with its activity runs and taken flows in order: what a
 * BPMN viewer needs to replay the path step by step.
 */
record DiagramView(
        String processDefinitionId,
        String processDefinitionKey,
        int version,
        String bpmnXml,
        List<Activity> activities,
        List<Flow> takenFlows) {

    /** @param actor who completed a user task */
    record Activity(
            String activityId,
            String activityName,
            String activityType,
            Instant startedAt,
            Instant endedAt,
            String actor,
            boolean canceled) {}

    /** @param seq the flow's place in the path, from 1 */
    record Flow(String flowId, String sourceActivityId, String targetActivityId, Instant takenAt, int seq) {}
}
