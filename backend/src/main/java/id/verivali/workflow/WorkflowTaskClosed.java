package id.verivali.workflow;

import java.time.Instant;

/**
 * A task left the inbox: decided by {@code closedBy}, or cancelled with its stage (a withdrawal, a follow-up whose
 * overdue task was done) when {@code closedBy} is null.
 */
public record WorkflowTaskClosed(String taskId, String closedBy, Instant closedAt) {}
