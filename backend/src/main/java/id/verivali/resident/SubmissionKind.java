package id.verivali.resident;

/** What a resident sent: a household proposed (usul), or an objection to a listed one (sanggah). */
public enum SubmissionKind {
    PROPOSAL("USL"),
    OBJECTION("SGH");

    /** The tracking code's first part, so that a resident reading it out says which it is. */
    final String codePrefix;

    SubmissionKind(String codePrefix) {
        this.codePrefix = codePrefix;
    }
}
