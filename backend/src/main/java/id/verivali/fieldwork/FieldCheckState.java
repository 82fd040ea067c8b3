package id.verivali.fieldwork;

/** Where a field check is on the worklist. */
public enum FieldCheckState {
    /** Open, nobody has been yet. */
    TO_VISIT,
    /** A visit is recorded; the decision is still to take. */
    VISITED,
    /** Decided: the change has moved on (or is moving on, as the engine applies an imported sheet). */
    DECIDED,
    /** Closed without a decision: the change was withdrawn. */
    CANCELLED
}
