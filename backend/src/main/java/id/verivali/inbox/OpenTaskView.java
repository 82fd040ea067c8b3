package id.verivali.inbox;

import java.time.Instant;

/** An open decision task as a supervisor's overview names it. */
public record OpenTaskView(
        String taskId, long changeRequestId, String changeRequestNumber, String stage, Instant dueDate) {}
