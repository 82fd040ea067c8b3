package id.verivali.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An account: one person, one role, one region (none for national roles). Passwords are BCrypt hashes. */
@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String passwordHash;
    private String fullName;

    @Enumerated(EnumType.STRING)
    private Role role;

    private String regionCode;
    private boolean enabled;
    private Instant createdAt;

    /** Where reminders and escalations go; none, no mail. */
    private String email;

    private boolean mailReminders;
    private boolean mailEscalations;

    protected AppUser() {}

    AppUser(String username, String passwordHash, String fullName, Role role, String regionCode, String email) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.role = role;
        this.regionCode = regionCode;
        this.enabled = true;
        this.createdAt = Instant.now();
        this.email = email;
        this.mailReminders = true;
        this.mailEscalations = true;
    }

    void changeNotifications(String email, boolean reminders, boolean escalations) {
        this.email = email;
        this.mailReminders = reminders;
        this.mailEscalations = escalations;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    String fullName() {
        return fullName;
    }

    Role role() {
        return role;
    }

    String regionCode() {
        return regionCode;
    }

    boolean enabled() {
        return enabled;
    }

    String email() {
        return email;
    }

    boolean mailReminders() {
        return mailReminders;
    }

    boolean mailEscalations() {
        return mailEscalations;
    }

    /** Whether this account has an address and chose mails of this kind. */
    boolean wantsMail(NotificationKind kind) {
        return email != null
                && switch (kind) {
                    case REMINDER -> mailReminders;
                    case ESCALATION -> mailEscalations;
                };
    }
}
