package id.verivali.inbox;

import id.verivali.changerequest.Decision;
import id.verivali.common.web.DateWithin;
import id.verivali.common.web.PlainText;
import id.verivali.workflow.TaskDecision;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A decision on a task.
 *
 * @param decision required on a level's task; a follow-up is closed without one
 * @param reason required to reject or return
 * @param reference the ratification letter's number (district approval) or the decree's number (ministry)
 * @param referenceDate the letter's or decree's date: in the last ten years, not after today
 */
public record CompleteTask(
        Decision decision,

        @Size(max = 500, message = "{field.size.max}") @PlainText(multiline = true)
        String reason,

        @Size(max = 1000, message = "{field.size.max}") @PlainText(multiline = true)
        String note,

        @Size(max = 100, message = "{field.size.max}") @PlainText
        String reference,

        @DateWithin(yearsBefore = 10, message = "{task.referenceDate.range}")
        LocalDate referenceDate) {

    TaskDecision toTaskDecision() {
        return new TaskDecision(decision, reason, note, reference, referenceDate);
    }
}
