package id.verivali.workflow;

import java.time.Instant;

/**
 * A person's task of a household change was created: one of the six levels, or a follow-up of an overdue level.
 *
 * @param stage the level the task decides or follows up ({@code FIELD_CHECK} … {@code MINISTRY_DETERMINATION})
 * @param candidateRole the role of its candidate group ({@code VILLAGE_HEAD:61.12.04.2002} → {@code VILLAGE_HEAD})
 * @param candidateRegion the region of its candidate group; null for a national group
 */
public record WorkflowTaskOpened(
        String taskId,
        String processInstanceId,
        String changeRequestNumber,
        String taskKey,
        String stage,
        boolean followUp,
        String candidateRole,
        String candidateRegion,
        Instant dueDate,
        Instant createdAt) {}
