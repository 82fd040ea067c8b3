package id.verivali.security;

/** The mails an official may choose to receive about the work waiting for them. */
public enum NotificationKind {
    /** A stage's due date is near and its task is still open. */
    REMINDER,
    /** A stage below was not decided in time: its follow-up is the official's. */
    ESCALATION
}
