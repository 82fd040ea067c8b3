package id.verivali.workflow;

/**
 * A stage's reminder fired: its due date is near and its task is still open. Published inside the engine's
 * transaction; whoever tells people about it waits for the commit.
 *
 * @param stage the stage whose task is waiting ({@code FIELD_CHECK} … {@code MINISTRY_DETERMINATION})
 * @param candidateRole the role of the task's candidate group ({@code VILLAGE_OPERATOR:61.12.04.2002} →
 *     {@code VILLAGE_OPERATOR})
 * @param candidateRegion the region of the task's candidate group; null for a national group
 */
public record DeadlineApproached(
        String changeRequestNumber, String stage, String candidateRole, String candidateRegion) {}
