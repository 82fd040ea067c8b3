package id.verivali.security;

import java.util.Set;

/**
 * What one cell of the matrix expects. An allowed request answers its exact 2xx status, or 400 when the probe sent a
 * deliberately harmless body that the endpoint refuses only after access was granted (the fields named prove it got
 * that far). A denied one answers 401 (not signed in), 403 (not for this role, or a region whose code is public),
 * 404 (a thing outside the caller's region, answered as if it did not exist), or for the web apps a redirect to the
 * sign-in page; and it reveals nothing of the thing.
 *
 * @param fields for a refused harmless body, the fields the problem's {@code errors} must name; empty otherwise
 * @param listing for a list, whether the thing must be on it
 */
record Outcome(String name, int status, Set<String> fields, Listing listing) {

    enum Listing {
        NOT_A_LIST,
        LISTED,
        NOT_LISTED
    }

    static final Outcome UNAUTHENTICATED = denied("DENY_401", 401);
    static final Outcome FORBIDDEN = denied("DENY_403", 403);
    static final Outcome NOT_FOUND = denied("DENY_404", 404);
    /** Camunda's web apps send a stranger to the Verivali sign-in page. */
    static final Outcome TO_SIGN_IN = denied("DENY_302_SIGN_IN", 302);

    static final Outcome LISTED = new Outcome("ALLOW_200_LISTED", 200, Set.of(), Listing.LISTED);
    static final Outcome NOT_LISTED = new Outcome("ALLOW_200_NOT_LISTED", 200, Set.of(), Listing.NOT_LISTED);

    static Outcome ok(int status) {
        return new Outcome("ALLOW_" + status, status, Set.of(), Listing.NOT_A_LIST);
    }

    /** Access granted; the harmless body was then refused with these fields named. */
    static Outcome invalid(String... fields) {
        return new Outcome("ALLOW_400_" + String.join("_", fields), 400, Set.of(fields), Listing.NOT_A_LIST);
    }

    /** Access granted; Camunda's REST API then refused the harmless body (its errors name no field). */
    static Outcome refusedByEngine() {
        return new Outcome("ALLOW_400_ENGINE", 400, Set.of(), Listing.NOT_A_LIST);
    }

    /**
     * Access granted, and Camunda then has nothing at the path: its welcome app's API serves only plugins, and none is
     * installed.
     */
    static Outcome nothingThere() {
        return new Outcome("ALLOW_404_NOTHING_THERE", 404, Set.of(), Listing.NOT_A_LIST);
    }

    private static Outcome denied(String name, int status) {
        return new Outcome(name, status, Set.of(), Listing.NOT_A_LIST);
    }

    boolean denies() {
        return name.startsWith("DENY");
    }

    @Override
    public String toString() {
        return name;
    }
}
