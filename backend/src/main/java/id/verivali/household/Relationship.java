package id.verivali.household;

/** A member's relationship to the head of the household, as on the family card (KK). */
public enum Relationship {
    HEAD,
    SPOUSE,
    CHILD,
    PARENT,
    OTHER_RELATIVE,
    OTHER
}
