package id.verivali.changerequest;

/** Why the automatic checks end a change before any person works on it. */
public enum CheckFailure {
    /** The village is not a village of the given kecamatan and district. */
    UNKNOWN_REGION,
    /** A proposed NIK breaks the rules of {@link id.verivali.household.Nik}. */
    INVALID_NIK,
    /** A proposed NIK says another sex or birth date than the person's record beside it. */
    NIK_CONTRADICTS_MEMBER,
    /** The proposed family card number is not 16 digits. */
    INVALID_KK,
    /** A proposed person is already an active member of another household on the list. */
    DUPLICATE_NIK
}
