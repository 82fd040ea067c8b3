package id.verivali.audit;

import id.verivali.security.AccountCreated;
import id.verivali.security.NotificationSettingsChanged;
import id.verivali.security.SignedIn;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.stereotype.Component;

/** Records sign-ins, refused sign-ins, new accounts and changed e-mail choices, as the security feature announces them. */
@Component
class SecurityEvents {

    /** The widths of audit_event's actor and subject_id columns: a refused name may be anything a client sent. */
    private static final int ACTOR_MAX = 60;

    private static final int SUBJECT_MAX = 64;

    private final AuditLog audit;

    SecurityEvents(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(SignedIn signedIn) {
        audit.record(
                signedIn.username(),
                AuditAction.SIGNED_IN,
                AuditSubjects.ACCOUNT,
                signedIn.username(),
                signedIn.regionCode(),
                new AuditDetails.SignedIn(signedIn.role().name()).json());
    }

    /** Form and HTTP Basic alike; the password the attempt carried is never read. */
    @EventListener
    void on(AbstractAuthenticationFailureEvent refused) {
        var name = String.valueOf(refused.getAuthentication().getName());
        audit.record(
                cut(name, ACTOR_MAX),
                AuditAction.SIGN_IN_FAILED,
                AuditSubjects.ACCOUNT,
                cut(name, SUBJECT_MAX),
                null,
                new AuditDetails.SignInFailed(reason(refused)).json());
    }

    @EventListener
    void on(AccountCreated created) {
        audit.record(
                created.createdBy() == null ? AuditLog.SYSTEM : created.createdBy(),
                AuditAction.ACCOUNT_CHANGED,
                AuditSubjects.ACCOUNT,
                created.username(),
                created.regionCode(),
                new AuditDetails.AccountChanged("CREATED", created.role().name(), created.fullName()).json());
    }

    @EventListener
    void on(NotificationSettingsChanged changed) {
        audit.record(
                changed.username(),
                AuditAction.ACCOUNT_CHANGED,
                AuditSubjects.ACCOUNT,
                changed.username(),
                changed.regionCode(),
                new AuditDetails.NotificationsChanged(
                                "NOTIFICATIONS", changed.email(), changed.reminders(), changed.escalations())
                        .json());
    }

    private static String reason(AbstractAuthenticationFailureEvent refused) {
        if (refused instanceof AuthenticationFailureBadCredentialsEvent) {
            return "BAD_CREDENTIALS";
        }
        if (refused instanceof AuthenticationFailureDisabledEvent) {
            return "DISABLED";
        }
        if (refused instanceof AuthenticationFailureLockedEvent) {
            return "LOCKED";
        }
        return "OTHER";
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
