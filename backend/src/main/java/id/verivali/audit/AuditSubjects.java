package id.verivali.audit;

/** The subject types audit events name, written once so that writers and readers agree. */
public final class AuditSubjects {

    public static final String HOUSEHOLD = "household";
    public static final String CHANGE_REQUEST = "change_request";
    public static final String DELIBERATION = "deliberation";
    public static final String REGION = "region";
    public static final String REPORT = "report";
    public static final String ACCOUNT = "account";
    public static final String ROUND = "round";
    public static final String RESIDENT_SUBMISSION = "resident_submission";

    private AuditSubjects() {}
}
