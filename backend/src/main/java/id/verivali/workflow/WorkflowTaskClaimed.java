package id.verivali.workflow;

/** A task was claimed ({@code claimedBy} a username) or given back ({@code claimedBy} null). */
public record WorkflowTaskClaimed(String taskId, String claimedBy) {}
