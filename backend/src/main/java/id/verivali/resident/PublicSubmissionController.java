package id.verivali.resident;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Residents' proposals and objections, and following them: public, limited, each with its tracking code. */
@RestController
class PublicSubmissionController {

    private final ResidentSubmissions submissions;
    private final SubmissionTracking tracking;
    private final StatusLimits limits;

    PublicSubmissionController(ResidentSubmissions submissions, SubmissionTracking tracking, StatusLimits limits) {
        this.submissions = submissions;
        this.tracking = tracking;
        this.limits = limits;
    }

    @PostMapping(path = "/api/public/proposals", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "A resident proposes a household, theirs or a poor neighbour's (no account)",
            description = "The proposal as JSON in the part 'proposal', a photo of the house's front (JPEG or PNG) in"
                    + " 'housePhoto', and the family card as 1 to 3 photos or one PDF in 'familyCard', each at most"
                    + " 10 MB. Answers with the tracking code; 400 naming the field or part; 429 with Retry-After past"
                    + " the limits per client address and per NIK.")
    PublicSubmissionReceipt propose(
            @Valid @RequestPart("proposal") PublicProposal proposal,
            @RequestPart(name = ResidentSubmissions.HOUSE_PHOTO, required = false) MultipartFile housePhoto,
            @RequestPart(name = ResidentSubmissions.FAMILY_CARD, required = false) List<MultipartFile> familyCard,
            HttpServletRequest request) {
        return submissions.propose(proposal, housePhoto, familyCard, request.getRemoteAddr());
    }

    @PostMapping(path = "/api/public/objections", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "A resident of the village objects to a listed household's eligibility (no account)",
            description = "The objection as JSON in the part 'objection' and a photo of the house in 'housePhoto',"
                    + " with the position given or else read from the photo. The objector must be on the registry in"
                    + " that village; the objected household is never told who objected. Lapses after 14 days"
                    + " unverified.")
    PublicSubmissionReceipt object(
            @Valid @RequestPart("objection") PublicObjection objection,
            @RequestPart(name = ResidentSubmissions.HOUSE_PHOTO, required = false) MultipartFile housePhoto,
            HttpServletRequest request) {
        return submissions.object(objection, housePhoto, request.getRemoteAddr());
    }

    @PostMapping("/api/public/submissions/track")
    @Operation(
            summary = "A resident follows a proposal or objection by its tracking code and their own NIK (no account);"
                    + " {found: false} for an unknown code or another NIK alike")
    PublicSubmissionStatus track(@Valid @RequestBody PublicSubmissionQuery query, HttpServletRequest request) {
        long started = System.nanoTime();
        var status = tracking.track(query, request.getRemoteAddr());
        if (!status.found()) {
            AnswerTime.atLeast(limits.minAnswerTime(), started);
        }
        return status;
    }
}
