package id.verivali.changerequest;

/**
 * The answer to a proposal.
 *
 * @param created false when an Idempotency-Key repeated an earlier proposal: nothing new was created and
 *     {@code change} is that earlier one
 */
public record Proposed(ChangeRequestDetails change, boolean created) {}
