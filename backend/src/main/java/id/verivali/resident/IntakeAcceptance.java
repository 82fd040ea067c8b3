package id.verivali.resident;

import id.verivali.changerequest.ProposalWarning;
import java.util.List;

/**
 * Accepting a submission.
 *
 * @param householdId an objection's household, as the operator found it on the registry in the village
 * @param confirmedWarnings a proposal's warnings the operator read and goes ahead with, as when proposing a change
 */
public record IntakeAcceptance(Long householdId, List<ProposalWarning> confirmedWarnings) {}
