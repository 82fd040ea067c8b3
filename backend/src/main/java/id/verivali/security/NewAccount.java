package id.verivali.security;

/** An account to create; the raw password is hashed before it is stored. */
public record NewAccount(String username, String fullName, Role role, String regionCode, String rawPassword) {}
