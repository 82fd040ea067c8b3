package id.verivali.security;

/** Who is signed in: the header of every screen. */
public record MeView(
        String username, String fullName, Role role, String regionCode, String regionName, String regionLevel) {}
