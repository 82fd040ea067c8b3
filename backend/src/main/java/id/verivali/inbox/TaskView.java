package id.verivali.inbox;

import id.verivali.changerequest.ChangeType;
import id.verivali.changerequest.Decision;
import id.verivali.changerequest.Stage;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Set;

/**
 * A task in an inbox.
 *
 * @param followUp true for a follow-up of another level's overdue task, which the follower closes without a decision
 * @param decisions what the official may decide here (empty for a follow-up)
 */
public record TaskView(
        String id,
        long changeRequestId,
        String changeRequestNumber,
        @Schema(implementation = ChangeType.class) String changeType,
        @Schema(implementation = Stage.class) String stage,
        boolean followUp,
        String householdHead,
        String villageCode,
        String villageName,
        Instant dueDate,
        boolean overdue,
        String claimedBy,
        Set<Decision> decisions) {}
