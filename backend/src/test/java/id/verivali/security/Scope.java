package id.verivali.security;

import java.util.Locale;

/** Where the thing a request names lies, seen from the caller's region. */
enum Scope {
    INSIDE,
    OUTSIDE,
    /** The request names nothing of a region, or the caller has no region to be inside of (anonymous). */
    NONE;

    String label() {
        return this == NONE ? "-" : name().toLowerCase(Locale.ROOT);
    }
}
