package id.verivali.security;

/**
 * What the sign-in page needs before anyone signs in.
 *
 * @param token the CSRF token to send in the header {@code headerName} (also set as the {@code XSRF-TOKEN} cookie)
 * @param demo whether this is the demo, whose accounts anyone may sign in to with the public password
 */
record SignInPageView(String token, String headerName, boolean demo) {}
