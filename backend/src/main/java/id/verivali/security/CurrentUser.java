package id.verivali.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security holds it. */
public record CurrentUser(
        String username, String passwordHash, String fullName, Role role, String regionCode, boolean enabled)
        implements UserDetails {

    static CurrentUser of(AppUser user) {
        return new CurrentUser(
                user.username(), user.passwordHash(), user.fullName(), user.role(), user.regionCode(), user.enabled());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Keeps the hash out of the HTTP session once the password has been checked. */
    CurrentUser withoutPassword() {
        return new CurrentUser(username, "", fullName, role, regionCode, enabled);
    }
}
