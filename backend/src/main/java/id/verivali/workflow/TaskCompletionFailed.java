package id.verivali.workflow;

/**
 * One task of a {@link Tasks#completeAll batch} could not be completed; the cause is what refused it (a change's own
 * rule, say), and the whole batch is rolled back.
 */
public class TaskCompletionFailed extends RuntimeException {

    private final String taskId;

    TaskCompletionFailed(String taskId, RuntimeException cause) {
        super("Task " + taskId + " could not be completed", cause);
        this.taskId = taskId;
    }

    public String taskId() {
        return taskId;
    }

    @Override
    public synchronized RuntimeException getCause() {
        return (RuntimeException) super.getCause();
    }
}
