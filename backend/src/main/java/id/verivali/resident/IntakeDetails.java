package id.verivali.resident;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One submission as the village operator reviews it. The resident's NIK is shown masked: the operator meets them,
 * KTP in hand, at the field visit; an objector is never named to the household they object to.
 *
 * @param reason a proposal's reason in the resident's words
 * @param household a proposal's household and members as the resident typed them (the change will carry them)
 * @param objection an objection's particulars, with the registry's households it may concern
 * @param outcome who answered, when and how, once answered
 * @param decisions what the caller may do now
 */
public record IntakeDetails(
        @JsonUnwrapped IntakeItem item,
        Submitter submitter,
        Boolean forOwnHousehold,
        String reason,
        PublicProposal.Household household,
        Objection objection,
        List<Document> documents,
        Outcome outcome,
        List<IntakeAction> decisions) {

    /** @param phone a proposal's; an objection has none */
    @Schema(name = "IntakeSubmitter")
    public record Submitter(String name, String nikMasked, String phone) {}

    @Schema(name = "IntakeObjection")
    public record Objection(
            String objectedName,
            String objectedAddress,
            ObjectionReason reason,
            String statement,
            BigDecimal latitude,
            BigDecimal longitude,
            List<Candidate> candidates) {}

    /** A household of the village on the registry whose member's name matches the objected name. */
    @Schema(name = "IntakeCandidate")
    public record Candidate(long householdId, String headName, String address, String rt, String rw) {}

    @Schema(name = "IntakeDocument")
    public record Document(long id, SubmissionDocument.Purpose purpose, String mediaType, String filename) {}

    /**
     * @param changeRequestId the change an acceptance started
     */
    @Schema(name = "IntakeOutcome")
    public record Outcome(
            String decidedBy, Instant decidedAt, String reason, Long changeRequestId, String changeRequestNumber) {}
}
