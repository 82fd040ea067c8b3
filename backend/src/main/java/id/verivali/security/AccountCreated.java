package id.verivali.security;

/**
 * An account was created, published in the transaction that creates it.
 *
 * @param createdBy the signed-in user who created it, or null when the application did at start-up
 * @param regionCode the account's region; null for national roles
 */
public record AccountCreated(String username, String fullName, Role role, String regionCode, String createdBy) {}
