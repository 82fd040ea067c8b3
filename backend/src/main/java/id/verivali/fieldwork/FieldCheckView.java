package id.verivali.fieldwork;

import id.verivali.changerequest.ChangeType;
import id.verivali.changerequest.FieldFinding;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A field check on a worklist: the household by name and address, its deadline, and the visit so far.
 *
 * @param changeType what the change is now: a household found gone has made it a removal
 * @param dusun the dusun of the household's RW, where the village has named its dusun
 * @param visit the visit recorded, null while nobody has been
 */
public record FieldCheckView(
        String taskId,
        long changeRequestId,
        String changeRequestNumber,
        @Schema(implementation = ChangeType.class) String changeType,
        Long householdId,
        String headName,
        String address,
        String rt,
        String rw,
        String dusun,
        String villageCode,
        String villageName,
        Long roundId,
        Instant dueDate,
        boolean overdue,
        FieldCheckState state,
        Instant decidedAt,
        String decidedBy,
        VisitSummary visit) {

    public record VisitSummary(
            long id, FieldFinding finding, LocalDate visitedOn, String enumerator, boolean hasPhoto) {}
}
