package id.verivali.security;

/**
 * An official changed the mails they receive, published in the transaction that stores it.
 *
 * @param regionCode the account's region; null for national roles
 * @param email the new address; null for none
 */
public record NotificationSettingsChanged(
        String username, String regionCode, String email, boolean reminders, boolean escalations) {}
