package id.verivali.security;

import id.verivali.common.web.RegionOutOfScopeException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * The part of the country a user may see: a region and everything under it, or the whole country. Every query and
 * every check of "may this user see that" goes through here, never by hand.
 */
public final class RegionScope {

    private static final RegionScope NATIONAL = new RegionScope(null);

    private final String regionCode;

    private RegionScope(String regionCode) {
        this.regionCode = regionCode;
    }

    public static RegionScope of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return of(user);
        }
        throw new IllegalStateException("No signed-in Verivali user");
    }

    static RegionScope of(CurrentUser user) {
        return user.role().isNational() || user.regionCode() == null ? NATIONAL : new RegionScope(user.regionCode());
    }

    public static RegionScope national() {
        return NATIONAL;
    }

    public static RegionScope region(String regionCode) {
        return new RegionScope(regionCode);
    }

    public boolean isNational() {
        return regionCode == null;
    }

    /** The scope's region code; empty for the whole country. */
    public Optional<String> regionCode() {
        return Optional.ofNullable(regionCode);
    }

    /** Whether a region (given by its code) lies inside this scope: the region itself or one under it. */
    public boolean covers(String code) {
        return regionCode == null || code.equals(regionCode) || code.startsWith(regionCode + ".");
    }

    /**
     * Narrows this scope to a requested region, for list filters. Empty when the request lies outside: callers turn
     * that into a refusal.
     */
    public Optional<RegionScope> narrowTo(String requested) {
        if (requested == null) {
            return Optional.of(this);
        }
        if (covers(requested)) {
            return Optional.of(new RegionScope(requested));
        }
        return Optional.empty();
    }

    /** {@link #narrowTo}, for a list endpoint: a region outside this scope is refused with 403. */
    public RegionScope narrowedTo(String requested) {
        return narrowTo(requested).orElseThrow(() -> new RegionOutOfScopeException(requested));
    }

    /** The SQL {@code LIKE} pattern of the regions strictly under this scope's region, e.g. {@code 61.12.%}. */
    public Optional<String> descendantsPattern() {
        return regionCode().map(code -> code + ".%");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegionScope scope && Objects.equals(regionCode, scope.regionCode);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(regionCode);
    }

    @Override
    public String toString() {
        return regionCode == null ? "RegionScope[national]" : "RegionScope[" + regionCode + "]";
    }
}
