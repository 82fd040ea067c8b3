package id.verivali.changerequest;

/** What a change request asks the registry to do. */
public enum ChangeType {
    /** Put a household that is not on the list yet on it (usulan baru). */
    NEW_HOUSEHOLD,
    /** Confirm a household on the list as it is, as a periodic re-verification does. */
    REVERIFY,
    /** Correct a household's address, RT/RW or welfare attributes. */
    UPDATE,
    /** Take a household off the list, with a removal reason. */
    REMOVE_HOUSEHOLD,
    ADD_MEMBER,
    /** Take one member off the list, with a removal reason. */
    REMOVE_MEMBER
}
