package id.verivali.audit;

/** What an audit event records. */
public enum AuditAction {
    /** Someone opened a household's details with full NIKs. */
    HOUSEHOLD_READ
}
