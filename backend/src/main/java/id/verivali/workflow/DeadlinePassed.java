package id.verivali.workflow;

/**
 * A stage's task is overdue and its follow-up was opened for the level above. Published inside the engine's
 * transaction; whoever tells people about it waits for the commit.
 *
 * @param stage the overdue stage ({@code FIELD_CHECK} … {@code MINISTRY_DETERMINATION})
 * @param followUpRole the role of the follow-up's candidate group ({@code SUBDISTRICT_HEAD:61.12.04} →
 *     {@code SUBDISTRICT_HEAD})
 * @param followUpRegion the region of the follow-up's candidate group; null for a national group such as
 *     {@code SUPERVISOR}
 */
public record DeadlinePassed(String changeRequestNumber, String stage, String followUpRole, String followUpRegion) {}
