package id.verivali.changerequest;

/** What a person decides on a change at one stage. */
public enum Decision {
    APPROVE,
    REJECT,
    /** Send the change back to the level below for revision. */
    RETURN,
    /** Leave the change to the next village deliberation. */
    DEFER
}
