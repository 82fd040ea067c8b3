package id.verivali.resident;

/** Why a resident holds a listed household not eligible, as the ministry's app asks it. */
public enum ObjectionReason {
    /** Already well off (sudah mampu). */
    WELL_OFF,
    /** Moved away (pindah). */
    MOVED,
    /** Died (meninggal). */
    DIED,
    /** A civil servant, soldier or police officer (ASN/TNI/Polri). */
    CIVIL_SERVANT,
    OTHER
}
