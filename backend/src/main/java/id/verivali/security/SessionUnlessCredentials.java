package id.verivali.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Keeps the signed-in user in the browser's session, except for a request that brings its own credentials (HTTP
 * Basic): that one is signed in by its header alone, every time, even when it also carries a session cookie. Otherwise
 * Spring would see the session's user, skip checking a Basic password that names the same user, and the request would
 * pass without a CSRF token on a password nobody checked.
 */
final class SessionUnlessCredentials implements SecurityContextRepository {

    private final SecurityContextRepository session = new HttpSessionSecurityContextRepository();
    private final SecurityContextRepository thisRequestOnly = new RequestAttributeSecurityContextRepository();

    /** Whether the request brings HTTP Basic credentials, as scripts do. */
    static boolean carriesCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    private SecurityContextRepository of(HttpServletRequest request) {
        return carriesCredentials(request) ? thisRequestOnly : session;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return of(request).loadDeferredContext(request);
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return of(holder.getRequest()).loadContext(holder);
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        of(request).saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return of(request).containsContext(request);
    }
}
