package id.verivali.security;

/**
 * Someone signed in to a browser session through the sign-in form. Scripts' HTTP Basic requests, which authenticate
 * one by one, are no sign-in.
 *
 * @param regionCode the account's region; null for national roles
 */
public record SignedIn(String username, Role role, String regionCode) {}
