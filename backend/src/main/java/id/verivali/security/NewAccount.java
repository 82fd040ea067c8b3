package id.verivali.security;

/**
 * An account to create; the raw password is hashed before it is stored.
 *
 * @param email where its reminders and escalations go; null for none
 */
public record NewAccount(
        String username, String fullName, Role role, String regionCode, String rawPassword, String email) {

    /** An account without an e-mail address. */
    public NewAccount(String username, String fullName, Role role, String regionCode, String rawPassword) {
        this(username, fullName, role, regionCode, rawPassword, null);
    }
}
