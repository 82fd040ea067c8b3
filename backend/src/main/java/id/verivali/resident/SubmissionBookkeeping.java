package id.verivali.resident;

import id.verivali.audit.AuditAction;
import id.verivali.audit.AuditDetails;
import id.verivali.audit.AuditLog;
import id.verivali.audit.AuditSubjects;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each submission's row in step with its process instance: the intake task and its deadline, the reminder, the
 * kecamatan's follow-up, and an objection's lapse. The workflow calls it inside the engine's transaction, so the
 * intake never disagrees with the engine; the reminder and the escalation are told as {@link IntakeDeadline}.
 */
@Service
@Transactional
public class SubmissionBookkeeping {

    private final ResidentSubmissionRepository submissions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    SubmissionBookkeeping(ResidentSubmissionRepository submissions, AuditLog audit, ApplicationEventPublisher events) {
        this.submissions = submissions;
        this.audit = audit;
        this.events = events;
    }

    public void intakeOpened(String trackingCode, String taskId, Instant dueDate) {
        submissions.byTrackingCode(trackingCode).intakeOpened(taskId, dueDate);
    }

    public void reminded(String trackingCode, Instant at) {
        var submission = submissions.byTrackingCode(trackingCode);
        submission.reminded(at);
        events.publishEvent(deadline(submission, false));
    }

    /** The intake's deadline passed: the kecamatan's follow-up opened. */
    public void followUpOpened(String trackingCode, String taskId, Instant at) {
        var submission = submissions.byTrackingCode(trackingCode);
        submission.followUpOpened(taskId, at);
        events.publishEvent(deadline(submission, true));
    }

    private static IntakeDeadline deadline(ResidentSubmission submission, boolean passed) {
        return new IntakeDeadline(
                submission.trackingCode(), submission.kind(), submission.villageCode(), submission.dueDate(), passed);
    }

    public void taskClosed(String trackingCode, String taskId) {
        submissions.byTrackingCode(trackingCode).taskClosed(taskId);
    }

    /**
     * Fourteen days without verification: the objection's instance ended at its lapse. The engine tells of that end
     * twice, the end event's and the instance's; the first counts.
     */
    public void lapsed(String trackingCode, Instant at) {
        var submission = submissions.byTrackingCode(trackingCode);
        if (!submission.isWaiting()) {
            return;
        }
        submission.lapsed(at);
        audit.record(
                AuditLog.SYSTEM,
                AuditAction.RESIDENT_SUBMISSION_LAPSED,
                AuditSubjects.RESIDENT_SUBMISSION,
                trackingCode,
                submission.villageCode(),
                new AuditDetails.SubmissionLapsed(submission.kind().name()).json());
    }
}
