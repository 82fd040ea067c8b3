package id.verivali.changerequest;

/** What a proposer is told before a proposal goes ahead, and confirms by sending the code back. */
public enum ProposalWarning {
    /** The household already has a change under way; the new one would run beside it. */
    CHANGE_IN_FLIGHT,
    /**
     * A proposed person is already an active member of another household: the duplicate check will reject the change
     * unless that person is removed there first.
     */
    NIK_ON_ANOTHER_HOUSEHOLD
}
