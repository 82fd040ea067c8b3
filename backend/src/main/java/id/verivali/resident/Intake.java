package id.verivali.resident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.verivali.audit.AuditAction;
import id.verivali.audit.AuditDetails;
import id.verivali.audit.AuditLog;
import id.verivali.audit.AuditSubjects;
import id.verivali.changerequest.ChangeProposals;
import id.verivali.changerequest.ChangeType;
import id.verivali.changerequest.ProposeChange;
import id.verivali.common.web.InvalidFieldException;
import id.verivali.common.web.NotFoundException;
import id.verivali.common.web.PageView;
import id.verivali.document.DocumentStore;
import id.verivali.document.StoredDocument;
import id.verivali.household.HouseholdService;
import id.verivali.household.HouseholdSummaryView;
import id.verivali.household.NewHousehold;
import id.verivali.household.Nik;
import id.verivali.household.RecordStatus;
import id.verivali.household.RecordedPerson;
import id.verivali.household.WelfareAttributes;
import id.verivali.region.RegionService;
import id.verivali.security.CurrentUser;
import id.verivali.security.RegionScope;
import id.verivali.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The village's intake of residents' submissions, for officials: the village operator answers each one, the Camat
 * follows up those left overdue, and whoever's region holds the village may read it (anyone else gets 404).
 *
 * <p>Accepting proposes a change as the operator, through the same door as any proposal (its checks, its warnings and
 * its idempotency: the key is the tracking code, so a retried acceptance finds the change the first one made), and
 * then completes the intake task in a transaction of its own.
 */
@Service
class Intake {

    private static final int MAX_CANDIDATES = 10;

    private final ResidentSubmissionRepository submissions;
    private final SubmissionProcess process;
    private final ChangeProposals proposals;
    private final HouseholdService households;
    private final RegionService regions;
    private final DocumentStore documents;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final TransactionTemplate inTransaction;
    private final TransactionTemplate reading;
    private final Clock clock;

    Intake(
            ResidentSubmissionRepository submissions,
            SubmissionProcess process,
            ChangeProposals proposals,
            HouseholdService households,
            RegionService regions,
            DocumentStore documents,
            ObjectMapper json,
            AuditLog audit,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.submissions = submissions;
        this.process = process;
        this.proposals = proposals;
        this.households = households;
        this.regions = regions;
        this.documents = documents;
        this.json = json;
        this.audit = audit;
        this.inTransaction = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        reading.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * With {@code open}, what waits on the caller: a village operator's submissions waiting in their village, a
     * Camat's with the follow-up open, anyone else's waiting in their region; without, every one in the region.
     */
    PageView<IntakeItem> list(CurrentUser me, RegionScope scope, boolean open, int page, int size) {
        return reading.execute(status -> {
            String region = scope.regionCode().orElse(null);
            String under = scope.descendantsPattern().orElse(null);
            var pageable = PageRequest.of(page, size);
            Page<ResidentSubmission> found;
            if (!open) {
                found = submissions.allIn(region, under, pageable);
            } else if (me.role() == Role.SUBDISTRICT_HEAD) {
                found = submissions.followUpsIn(region, under, pageable);
            } else {
                found = submissions.waitingIn(region, under, pageable);
            }
            return PageView.of(found, this::items);
        });
    }

    IntakeDetails details(String code, CurrentUser me, RegionScope scope) {
        return reading.execute(status -> details(find(code, scope), me));
    }

    IntakeDetails accept(String code, IntakeAcceptance acceptance, CurrentUser me, RegionScope scope) {
        var change = reading.execute(status -> {
            var submission = waitingFor(code, scope, me, Role.VILLAGE_OPERATOR);
            return changeFor(submission, acceptance);
        });
        var proposed = proposals.propose(change, me, scope, "intake:" + code).change();
        return inTransaction.execute(status -> {
            var submission = waitingFor(code, scope, me, Role.VILLAGE_OPERATOR);
            process.answer(
                    submission.intakeTaskId(), true, null, proposed.change().number(), me.username());
            submission.accepted(
                    me.username(),
                    now(),
                    proposed.change().id(),
                    proposed.change().number());
            record(
                    me,
                    submission,
                    AuditAction.INTAKE_ACCEPTED,
                    new AuditDetails.IntakeAccepted(
                            submission.kind().name(),
                            proposed.change().number(),
                            proposed.change().householdId()));
            return details(submission, me);
        });
    }

    IntakeDetails reject(String code, IntakeRejection rejection, CurrentUser me, RegionScope scope) {
        return inTransaction.execute(status -> {
            var submission = waitingFor(code, scope, me, Role.VILLAGE_OPERATOR);
            String reason = rejection.reason().strip();
            process.answer(submission.intakeTaskId(), false, reason, null, me.username());
            submission.rejected(me.username(), now(), reason);
            record(
                    me,
                    submission,
                    AuditAction.INTAKE_REJECTED,
                    new AuditDetails.IntakeRejected(submission.kind().name(), reason));
            return details(submission, me);
        });
    }

    IntakeDetails followUp(String code, IntakeFollowUp followUp, CurrentUser me, RegionScope scope) {
        return inTransaction.execute(status -> {
            var submission = waitingFor(code, scope, me, Role.SUBDISTRICT_HEAD);
            if (submission.followUpTaskId() == null) {
                throw new IntakeConflictException("intake.noFollowUp", submission.trackingCode());
            }
            process.followUp(submission.followUpTaskId(), me.username());
            String note = followUp == null || followUp.note() == null
                    ? null
                    : followUp.note().strip();
            record(
                    me,
                    submission,
                    AuditAction.INTAKE_FOLLOWED_UP,
                    new AuditDetails.IntakeFollowedUp(submission.kind().name(), note));
            return details(submission, me);
        });
    }

    /** A file the submission came with, to an official who may see the submission; 404 for any other id. */
    StoredFile document(String code, long documentId, RegionScope scope) {
        return reading.execute(status -> {
            var submission = find(code, scope);
            boolean attached =
                    submission.documents().stream().anyMatch(document -> document.documentId() == documentId);
            var stored = attached ? documents.find(documentId) : Optional.<StoredDocument>empty();
            var content = stored.flatMap(found -> documents.content(documentId));
            if (stored.isEmpty() || content.isEmpty()) {
                throw new NotFoundException("document", documentId);
            }
            return new StoredFile(stored.get(), content.get());
        });
    }

    record StoredFile(StoredDocument document, byte[] content) {}

    /** The submission in the caller's region; one elsewhere answers exactly as one that does not exist. */
    private ResidentSubmission find(String code, RegionScope scope) {
        return TrackingCodes.normalized(code)
                .flatMap(submissions::findByTrackingCode)
                .filter(submission -> scope.covers(submission.villageCode()))
                .orElseThrow(() -> new NotFoundException("submission", code));
    }

    private ResidentSubmission waitingFor(String code, RegionScope scope, CurrentUser me, Role role) {
        var submission = find(code, scope);
        if (me.role() != role) {
            throw new AccessDeniedException(
                    me.username() + " (" + me.role() + ") may not do that to submission " + code);
        }
        if (!submission.isWaiting() || submission.intakeTaskId() == null) {
            throw new IntakeConflictException("intake.answered", submission.trackingCode());
        }
        return submission;
    }

    /**
     * What accepting proposes. A proposal whose member is already on the registry in the village re-verifies that
     * household (its situation changed); otherwise it puts the new household forward, its welfare left for the field
     * check to record. An objection re-verifies the household the operator found.
     */
    private ProposeChange changeFor(ResidentSubmission submission, IntakeAcceptance acceptance) {
        String because = "%s %s: %s"
                .formatted(
                        submission.kind() == SubmissionKind.PROPOSAL ? "Usulan warga" : "Sanggahan warga",
                        submission.trackingCode(),
                        submission.kind() == SubmissionKind.PROPOSAL
                                ? submission.statement()
                                : submission.objectionReason().name());
        String reason = because.length() <= 500 ? because : because.substring(0, 500);
        var confirmed = acceptance == null ? null : acceptance.confirmedWarnings();
        if (submission.kind() == SubmissionKind.OBJECTION) {
            Long householdId = acceptance == null ? null : acceptance.householdId();
            checkObjected(submission, householdId);
            return new ProposeChange(
                    ChangeType.REVERIFY,
                    householdId,
                    null,
                    null,
                    null,
                    null,
                    null,
                    reason,
                    submission.statement(),
                    confirmed);
        }
        var household = proposedHousehold(submission);
        var listed = household.members().stream()
                .map(member -> households.recordedPerson(member.nik()))
                .flatMap(Optional::stream)
                .filter(person -> person.onRegistry() && person.villageCode().equals(submission.villageCode()))
                .map(RecordedPerson::householdId)
                .findFirst();
        if (listed.isPresent()) {
            return new ProposeChange(
                    ChangeType.REVERIFY, listed.get(), null, null, null, null, null, reason, null, confirmed);
        }
        var members = household.members().stream()
                .map(member -> new NewHousehold.NewMember(
                        member.nik(), member.name().strip(), member.birthDate(), member.sex(), member.relationship()))
                .toList();
        return new ProposeChange(
                ChangeType.NEW_HOUSEHOLD,
                null,
                null,
                null,
                new NewHousehold(
                        household.kkNumber(),
                        household.address().strip(),
                        household.rt(),
                        household.rw(),
                        submission.villageCode(),
                        new WelfareAttributes(null, null, null, null, null, null, null, null, null, null),
                        members),
                null,
                null,
                reason,
                null,
                confirmed);
    }

    private void checkObjected(ResidentSubmission submission, Long householdId) {
        if (householdId == null) {
            throw new InvalidFieldException("householdId", "problemDetail.field.required");
        }
        try {
            var household = households.get(RegionScope.region(submission.villageCode()), householdId);
            if (household.status() != RecordStatus.ACTIVE) {
                throw new InvalidFieldException("householdId", "intake.household.notListed");
            }
        } catch (NotFoundException elsewhere) {
            throw new InvalidFieldException("householdId", "intake.household.notInVillage");
        }
    }

    private IntakeDetails details(ResidentSubmission submission, CurrentUser me) {
        var item = items(List.of(submission)).get(0);
        boolean proposal = submission.kind() == SubmissionKind.PROPOSAL;
        return new IntakeDetails(
                item,
                new IntakeDetails.Submitter(
                        submission.submitterName(), Nik.mask(submission.submitterNik()), submission.submitterPhone()),
                submission.forOwnHousehold(),
                proposal ? submission.statement() : null,
                proposal ? proposedHousehold(submission) : null,
                proposal ? null : objection(submission),
                documentsOf(submission),
                outcome(submission),
                actionsFor(submission, me));
    }

    private IntakeDetails.Objection objection(ResidentSubmission submission) {
        return new IntakeDetails.Objection(
                submission.subject(),
                submission.objectedAddress(),
                submission.objectionReason(),
                submission.statement(),
                submission.latitude(),
                submission.longitude(),
                candidates(submission));
    }

    /**
     * The village's listed households whose head or member is named like the objected person: by the whole name,
     * else by its longest word (a neighbour may know only "Pak Budi").
     */
    private List<IntakeDetails.Candidate> candidates(ResidentSubmission submission) {
        var village = RegionScope.region(submission.villageCode());
        var found = households
                .search(village, submission.subject(), 0, MAX_CANDIDATES)
                .content();
        if (found.isEmpty()) {
            var longestWord = Arrays.stream(submission.subject().split("\\s+"))
                    .max(Comparator.comparingInt(String::length))
                    .filter(word -> word.length() >= 3);
            if (longestWord.isPresent()) {
                found = households
                        .search(village, longestWord.get(), 0, MAX_CANDIDATES)
                        .content();
            }
        }
        return found.stream()
                .filter(household -> household.status() == RecordStatus.ACTIVE)
                .map(Intake::candidate)
                .toList();
    }

    private static IntakeDetails.Candidate candidate(HouseholdSummaryView household) {
        return new IntakeDetails.Candidate(
                household.id(), household.headName(), household.address(), household.rt(), household.rw());
    }

    private List<IntakeDetails.Document> documentsOf(ResidentSubmission submission) {
        return submission.documents().stream()
                .map(attached -> documents
                        .find(attached.documentId())
                        .map(stored -> new IntakeDetails.Document(
                                stored.id(), attached.purpose(), stored.contentType(), stored.filename())))
                .flatMap(Optional::stream)
                .toList();
    }

    private static IntakeDetails.Outcome outcome(ResidentSubmission submission) {
        if (submission.isWaiting()) {
            return null;
        }
        return new IntakeDetails.Outcome(
                submission.decidedBy(),
                submission.stateSince(),
                submission.decisionReason(),
                submission.changeRequestId(),
                submission.changeRequestNumber());
    }

    private static List<IntakeAction> actionsFor(ResidentSubmission submission, CurrentUser me) {
        if (!submission.isWaiting()) {
            return List.of();
        }
        if (me.role() == Role.VILLAGE_OPERATOR && submission.intakeTaskId() != null) {
            return List.of(IntakeAction.ACCEPT, IntakeAction.REJECT);
        }
        if (me.role() == Role.SUBDISTRICT_HEAD && submission.followUpTaskId() != null) {
            return List.of(IntakeAction.FOLLOW_UP);
        }
        return List.of();
    }

    private List<IntakeItem> items(List<ResidentSubmission> found) {
        var names = regions.names(
                found.stream().map(ResidentSubmission::villageCode).distinct().toList());
        var now = clock.instant();
        return found.stream()
                .map(submission -> new IntakeItem(
                        submission.trackingCode(),
                        submission.kind(),
                        submission.state(),
                        submission.villageCode(),
                        names.get(submission.villageCode()),
                        submission.subject(),
                        submission.submittedAt(),
                        submission.dueDate(),
                        submission.isOverdue(now),
                        submission.escalatedAt() != null,
                        submission.lapsesAt(),
                        submission.followUpTaskId() != null))
                .toList();
    }

    private PublicProposal.Household proposedHousehold(ResidentSubmission submission) {
        try {
            return json.readValue(submission.proposedHousehold(), PublicProposal.Household.class);
        } catch (JsonProcessingException unexpected) {
            throw new IllegalStateException(
                    "Unreadable household of submission " + submission.trackingCode(), unexpected);
        }
    }

    private void record(CurrentUser me, ResidentSubmission submission, AuditAction action, AuditDetails details) {
        audit.record(
                me.username(),
                action,
                AuditSubjects.RESIDENT_SUBMISSION,
                submission.trackingCode(),
                submission.villageCode(),
                details.json());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
