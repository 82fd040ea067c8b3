package id.verivali.household;

/** What the civil registry (Dukcapil) said of a member's NIK at the last check. */
public enum CivilRegistryStatus {
    /** Not checked yet. */
    UNCHECKED,
    /** Padan: NIK, name and birth date agree. */
    MATCHED,
    /** Tidak padan: the NIK is known but the name or birth date differ. */
    NOT_MATCHED,
    /** The civil registry records the person as dead. */
    DECEASED,
    /** The civil registry does not know the NIK. */
    NIK_UNKNOWN
}
