package id.verivali.security;

/**
 * What counts as an e-mail address for an account: a plain {@code name@domain.tld}, at most 254 characters (RFC 5321's
 * limit on a path). Quoted local parts and addresses at bare host names are left out: no ministry or district mail
 * server hands them out, and a typo such as {@code operator@desa} is caught instead of bouncing later.
 */
public final class MailAddress {

    public static final int MAX_LENGTH = 254;

    /** One part of a domain name: letters, digits and inner hyphens. */
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";

    /** An address, or nothing at all (a cleared field removes the address); spaces around it are dropped. */
    public static final String PATTERN =
            "\\s*(?:[A-Za-z0-9._%+-]+@" + LABEL + "(?:\\." + LABEL + ")*\\.[A-Za-z]{2,})?\\s*";

    private MailAddress() {}

    /** The address as stored: trimmed, and null for none. */
    static String normalised(String address) {
        return address == null || address.isBlank() ? null : address.strip();
    }

    /** Whether the address, once {@link #normalised}, is none or a well-formed address. */
    static boolean isAcceptable(String address) {
        var stored = normalised(address);
        return stored == null || (stored.length() <= MAX_LENGTH && stored.matches(PATTERN));
    }
}
