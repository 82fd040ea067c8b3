package id.verivali.inbox;

import java.util.List;

/**
 * A bulk claim's answer, task by task, in the order asked: a task someone else took is {@code TAKEN} with who has it,
 * never a failure of the whole request.
 *
 * @param claimed how many the caller now holds that they did not before
 */
record ClaimResults(int claimed, List<ClaimedTask> results) {

    /** @param changeRequestNumber and {@code claimedBy}: only for a task in the caller's inbox */
    record ClaimedTask(String taskId, ClaimOutcome outcome, String changeRequestNumber, String claimedBy) {}
}
