package id.verivali.resident;

import static id.verivali.bpmn.ResidentSubmission.OBJECTION_LAPSES_AFTER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.verivali.audit.AuditAction;
import id.verivali.audit.AuditDetails;
import id.verivali.audit.AuditLog;
import id.verivali.audit.AuditSubjects;
import id.verivali.bpmn.HouseholdChange;
import id.verivali.common.web.InvalidFieldException;
import id.verivali.document.DocumentStore;
import id.verivali.document.HousePhoto;
import id.verivali.household.HouseholdService;
import id.verivali.household.RecordedPerson;
import id.verivali.region.RegionLevel;
import id.verivali.region.RegionService;
import id.verivali.region.RegionView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Receives residents' proposals and objections. Everything is checked before anything is stored: a refusal (400
 * naming the field or the file's part) leaves no file, no row and no process behind. An accepted submission is
 * stored with its files, its tracking code and its resident-submission instance in one transaction, so its intake
 * task is in the village operator's inbox by the time the resident reads the code.
 */
@Service
class ResidentSubmissions {

    static final String HOUSE_PHOTO = "housePhoto";
    static final String FAMILY_CARD = "familyCard";

    /** The family card as photos (its two halves and a close-up), or as one scanned PDF. */
    static final int MAX_FAMILY_CARD_PHOTOS = 3;

    private final SubmissionLimiter limiter;
    private final TrackingCodes codes;
    private final ResidentSubmissionRepository submissions;
    private final SubmissionProcess process;
    private final RegionService regions;
    private final HouseholdService households;
    private final HousePhoto photos;
    private final DocumentStore documents;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final Clock clock;

    ResidentSubmissions(
            SubmissionLimiter limiter,
            TrackingCodes codes,
            ResidentSubmissionRepository submissions,
            SubmissionProcess process,
            RegionService regions,
            HouseholdService households,
            HousePhoto photos,
            DocumentStore documents,
            ObjectMapper json,
            AuditLog audit,
            Clock clock) {
        this.limiter = limiter;
        this.codes = codes;
        this.submissions = submissions;
        this.process = process;
        this.regions = regions;
        this.households = households;
        this.photos = photos;
        this.documents = documents;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PublicSubmissionReceipt propose(
            PublicProposal proposal, MultipartFile housePhoto, List<MultipartFile> familyCard, String clientAddress) {
        var village = village(proposal.villageCode());
        checkMembers(proposal);
        limiter.takeFromAddress(clientAddress);
        var photo = photos.prepare(HOUSE_PHOTO, required(HOUSE_PHOTO, housePhoto));
        var card = familyCard(familyCard);
        limiter.takeFromNik(proposal.submitter().nik());

        var now = now();
        var submission = ResidentSubmission.proposal(
                codes.next(SubmissionKind.PROPOSAL), proposal, householdJson(proposal.household()), now);
        var uploadedBy = uploader(submission);
        submission.attach(photos.store(photo, uploadedBy).photoDocumentId(), SubmissionDocument.Purpose.HOUSE_PHOTO);
        for (var page : card) {
            long id = page.photo() != null
                    ? photos.store(page.photo(), uploadedBy).photoDocumentId()
                    : documents.store(page.scan(), uploadedBy).id();
            submission.attach(id, SubmissionDocument.Purpose.FAMILY_CARD);
        }
        return received(submission, village, clientAddress, null);
    }

    @Transactional
    public PublicSubmissionReceipt object(PublicObjection objection, MultipartFile housePhoto, String clientAddress) {
        var village = village(objection.villageCode());
        // Before the objector's check, which tells whether a NIK and name are a resident's of the village.
        limiter.takeFromAddress(clientAddress);
        checkObjector(objection);
        if ((objection.latitude() == null) != (objection.longitude() == null)) {
            throw new InvalidFieldException(
                    objection.latitude() == null ? "latitude" : "longitude", "resident.position.both");
        }
        var photo = photos.prepare(HOUSE_PHOTO, required(HOUSE_PHOTO, housePhoto));
        BigDecimal latitude = objection.latitude() != null ? objection.latitude() : photo.latitude();
        BigDecimal longitude = objection.longitude() != null ? objection.longitude() : photo.longitude();
        if (latitude == null || longitude == null) {
            throw new InvalidFieldException("latitude", "resident.position.required");
        }
        limiter.takeFromNik(objection.objector().nik());

        var now = now();
        var submission = ResidentSubmission.objection(
                codes.next(SubmissionKind.OBJECTION),
                objection,
                latitude.setScale(6, java.math.RoundingMode.HALF_UP),
                longitude.setScale(6, java.math.RoundingMode.HALF_UP),
                now,
                now.atZone(HouseholdChange.MINISTRY_TIME_ZONE)
                        .plus(OBJECTION_LAPSES_AFTER)
                        .toInstant());
        submission.attach(
                photos.store(photo, uploader(submission)).photoDocumentId(), SubmissionDocument.Purpose.HOUSE_PHOTO);
        return received(submission, village, clientAddress, objection.reason());
    }

    private PublicSubmissionReceipt received(
            ResidentSubmission submission, RegionView village, String clientAddress, ObjectionReason reason) {
        submissions.saveAndFlush(submission);
        submission.started(process.start(
                submission.trackingCode(), submission.kind(), submission.villageCode(), submission.lapsesAt()));
        audit.record(
                "resident@" + clientAddress,
                AuditAction.RESIDENT_SUBMISSION_RECEIVED,
                AuditSubjects.RESIDENT_SUBMISSION,
                submission.trackingCode(),
                submission.villageCode(),
                new AuditDetails.SubmissionReceived(submission.kind().name(), reason == null ? null : reason.name())
                        .json());
        return new PublicSubmissionReceipt(
                submission.trackingCode(),
                submission.kind(),
                village.name(),
                submission.submittedAt(),
                submission.dueDate(),
                submission.lapsesAt());
    }

    /** A village of the region list; any other code is refused on {@code villageCode}. */
    private RegionView village(String code) {
        return regions.find(code)
                .filter(region -> region.level() == RegionLevel.VILLAGE)
                .orElseThrow(() -> new InvalidFieldException("villageCode", "resident.villageCode.pattern"));
    }

    /** No NIK twice; the submitter among the members when it is their own household. */
    private static void checkMembers(PublicProposal proposal) {
        var members = proposal.household().members();
        var seen = new HashSet<String>();
        for (int i = 0; i < members.size(); i++) {
            if (!seen.add(members.get(i).nik())) {
                throw new InvalidFieldException("household.members[" + i + "].nik", "resident.members.duplicateNik");
            }
        }
        if (proposal.forOwnHousehold() && !seen.contains(proposal.submitter().nik())) {
            throw new InvalidFieldException("submitter.nik", "resident.submitter.notMember");
        }
    }

    /**
     * Only a resident of the village on the registry may object, by NIK and the name as recorded: what the ministry's
     * app asks as well. An unknown NIK and a wrong name are refused alike.
     */
    private void checkObjector(PublicObjection objection) {
        var objector = objection.objector();
        boolean resident = households
                .recordedPerson(objector.nik())
                .filter(RecordedPerson::onRegistry)
                .filter(person -> person.villageCode().equals(objection.villageCode()))
                .filter(person -> ResidentNames.same(objector.name(), person.name()))
                .isPresent();
        if (!resident) {
            throw new InvalidFieldException("objector.nik", "resident.objector.notResident");
        }
    }

    private static MultipartFile required(String part, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidFieldException(part, "problemDetail.field.required");
        }
        return file;
    }

    /** One page of the family card: a photo made ready to store, or a scanned PDF as sent. */
    private record CardPage(HousePhoto.Prepared photo, MultipartFile scan) {}

    private List<CardPage> familyCard(List<MultipartFile> files) {
        var sent = files == null
                ? List.<MultipartFile>of()
                : files.stream().filter(file -> !file.isEmpty()).toList();
        if (sent.isEmpty()) {
            throw new InvalidFieldException(FAMILY_CARD, "problemDetail.field.required");
        }
        if (sent.size() > MAX_FAMILY_CARD_PHOTOS) {
            throw new InvalidFieldException(FAMILY_CARD, "resident.familyCard.tooMany");
        }
        var pages = new ArrayList<CardPage>();
        for (var file : sent) {
            if (isPdf(file)) {
                if (sent.size() > 1) {
                    throw new InvalidFieldException(FAMILY_CARD, "resident.familyCard.pdfAlone");
                }
                documents.check(file);
                pages.add(new CardPage(null, file));
            } else {
                pages.add(new CardPage(photos.prepare(FAMILY_CARD, file), null));
            }
        }
        return pages;
    }

    private static boolean isPdf(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            byte[] head = in.readNBytes(5);
            return head.length == 5 && new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private String householdJson(PublicProposal.Household household) {
        try {
            return json.writeValueAsString(household);
        } catch (JsonProcessingException unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }

    private static String uploader(ResidentSubmission submission) {
        return "resident:" + submission.trackingCode();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
