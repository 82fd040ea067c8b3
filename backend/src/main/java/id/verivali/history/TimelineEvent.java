package id.verivali.history;

import com.fasterxml.jackson.databind.JsonNode;
import id.verivali.changerequest.Decision;
import id.verivali.changerequest.Stage;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One event of a change's timeline; only the parts its kind has are present.
 *
 * @param activityId the model's element: the task, check, timer or end event
 * @param candidateGroup who could act on a created task, {@code VILLAGE_HEAD:61.12.04.2002}
 * @param reference the minutes', ratification letter's or decree's number
 * @param result a check's result ({@code PASSED}, a failure, the civil registry's answer) or the ending's status
 * @param timer {@code REMIND}, {@code ESCALATE} or {@code NEXT_CYCLE}
 * @param action the audit log's action of an {@link TimelineKind#AUDIT_EVENT}
 */
record TimelineEvent(
        Instant at,
        TimelineKind kind,
        String actor,
        String activityId,
        String activityName,
        Stage stage,
        String taskId,
        String candidateGroup,
        Decision decision,
        String reason,
        String note,
        String reference,
        LocalDate referenceDate,
        String result,
        String timer,
        String action,
        JsonNode details) {}
