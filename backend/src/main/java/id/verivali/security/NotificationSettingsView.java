package id.verivali.security;

/**
 * The mails an official receives.
 *
 * @param email where they go; absent when the account has none, and then nothing is sent
 */
public record NotificationSettingsView(String email, boolean reminders, boolean escalations) {

    static NotificationSettingsView of(AppUser user) {
        return new NotificationSettingsView(user.email(), user.mailReminders(), user.mailEscalations());
    }
}
