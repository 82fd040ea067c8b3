package id.verivali.fieldwork;

import java.time.Instant;

/**
 * A village's field checks by where they are.
 *
 * @param overdue open checks past their due date
 * @param earliestDue the earliest due date among the open checks
 * @param behind whether any open check is past its due date
 */
public record VillageFieldProgress(
        String villageCode,
        String villageName,
        long toVisit,
        long visited,
        long decided,
        long overdue,
        Instant earliestDue,
        boolean behind) {}
