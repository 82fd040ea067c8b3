package id.verivali.inbox;

/**
 * Open decision tasks (follow-ups left out) of one region at one stage.
 *
 * @param regionCode the region counted: a child of the region asked about
 * @param dueSoon due from now to seven days on
 * @param overdue due before now
 * @param escalated escalated to the level above and still open
 */
public record OpenWorkCount(String regionCode, String stage, long total, long dueSoon, long overdue, long escalated) {}
