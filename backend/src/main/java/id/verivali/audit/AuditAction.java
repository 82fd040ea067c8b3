package id.verivali.audit;

/** What an audit event records. */
public enum AuditAction {
    /** Someone opened a household's details with full NIKs. */
    HOUSEHOLD_READ,
    /** A person signed in to a browser session. */
    SIGNED_IN,
    /** A sign-in was refused (wrong password, unknown or disabled account). */
    SIGN_IN_FAILED,
    /** A village operator proposed a household change; details hold the proposed values. */
    CHANGE_PROPOSED,
    /** The proposer withdrew a change. */
    CHANGE_WITHDRAWN,
    /** A person decided a change's task at one level; details hold decision, reason, note and reference. */
    TASK_DECIDED,
    /** A deliberation decided many changes at once; details hold its minutes number and the file's SHA-256. */
    DELIBERATION_HELD,
    /** An approved change was written into the registry; details hold the record before and after. */
    CHANGE_APPLIED,
    /** Someone downloaded a report. */
    REPORT_EXPORTED,
    /** A district set or moved a kecamatan's target date. */
    TARGET_SET,
    /** An administrator or integration changed something through Camunda's REST API or web apps. */
    ENGINE_OPERATION,
    /** An administrator created or changed an account. */
    ACCOUNT_CHANGED
}
