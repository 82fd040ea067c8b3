package id.verivali.resident;

import id.verivali.audit.AuditAction;
import id.verivali.audit.AuditDetails;
import id.verivali.audit.AuditLog;
import id.verivali.audit.AuditSubjects;
import id.verivali.changerequest.ChangeRequestQueries;
import id.verivali.region.RegionService;
import id.verivali.region.RegionView;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident following their submission by tracking code and their own NIK. An unknown code and a known code with
 * another NIK get the same answer (which the controller gives no sooner than the status check's least time), and
 * both come out of the status check's allowances: a lookup is a lookup.
 */
@Service
class SubmissionTracking {

    private final LookupLimiter limiter;
    private final ResidentSubmissionRepository submissions;
    private final ChangeRequestQueries changes;
    private final RegionService regions;
    private final AuditLog audit;

    SubmissionTracking(
            LookupLimiter limiter,
            ResidentSubmissionRepository submissions,
            ChangeRequestQueries changes,
            RegionService regions,
            AuditLog audit) {
        this.limiter = limiter;
        this.submissions = submissions;
        this.changes = changes;
        this.regions = regions;
        this.audit = audit;
    }

    @Transactional
    public PublicSubmissionStatus track(PublicSubmissionQuery query, String clientAddress) {
        limiter.take(clientAddress, query.nik());
        var found = TrackingCodes.normalized(query.trackingCode())
                .flatMap(submissions::findByTrackingCode)
                .filter(submission -> MessageDigest.isEqual(
                        submission.submitterNik().getBytes(StandardCharsets.US_ASCII),
                        query.nik().getBytes(StandardCharsets.US_ASCII)));
        audit.record(
                "resident@" + clientAddress,
                AuditAction.RESIDENT_SUBMISSION_TRACKED,
                found.isPresent() ? AuditSubjects.RESIDENT_SUBMISSION : null,
                found.map(ResidentSubmission::trackingCode).orElse(null),
                found.map(ResidentSubmission::villageCode).orElse(null),
                new AuditDetails.SubmissionTracked(found.isPresent()).json());
        return found.map(this::statusOf).orElse(PublicSubmissionStatus.NOT_FOUND);
    }

    private PublicSubmissionStatus statusOf(ResidentSubmission submission) {
        PublicSubmissionStatus.Change change = null;
        if (submission.changeRequestId() != null) {
            var view = changes.get(submission.changeRequestId());
            var stage = changes.stageOf(submission.changeRequestId());
            change = new PublicSubmissionStatus.Change(view.number(), stage.stage(), stage.since(), view.status());
        }
        return new PublicSubmissionStatus(
                true,
                submission.kind(),
                submission.state(),
                regions.find(submission.villageCode()).map(RegionView::name).orElse(null),
                submission.submittedAt(),
                submission.stateSince(),
                submission.dueDate(),
                submission.lapsesAt(),
                submission.decisionReason(),
                change);
    }
}
