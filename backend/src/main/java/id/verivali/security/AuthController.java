package id.verivali.security;

import id.verivali.region.RegionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication")
class AuthController {

    private final AuthenticationManager authentication;
    private final SecurityContextRepository contexts;
    private final CsrfTokenRepository csrfTokens;
    private final RegionService regions;
    private final ApplicationEventPublisher events;
    private final boolean demo;

    AuthController(
            AuthenticationManager authentication,
            SecurityContextRepository contexts,
            CsrfTokenRepository csrfTokens,
            RegionService regions,
            ApplicationEventPublisher events,
            Environment environment) {
        this.authentication = authentication;
        this.contexts = contexts;
        this.csrfTokens = csrfTokens;
        this.regions = regions;
        this.events = events;
        // The demo profile creates the demo accounts, all with the public password.
        this.demo = environment.matchesProfiles("demo");
    }

    @PostMapping("/api/auth/login")
    @Operation(summary = "Sign in: starts a browser session (send the XSRF-TOKEN cookie back as X-XSRF-TOKEN)")
    MeView login(@Valid @RequestBody LoginRequest body, HttpServletRequest request, HttpServletResponse response) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(body.username(), body.password());
        // The client's address, as HTTP Basic records it too: the throttle counts failures per account and address.
        attempt.setDetails(new WebAuthenticationDetails(request));
        Authentication checked;
        try {
            checked = authentication.authenticate(attempt);
        } catch (LoginThrottledException throttled) {
            var tooMany = new ErrorResponseException(
                    HttpStatus.TOO_MANY_REQUESTS,
                    ProblemDetail.forStatus(HttpStatus.TOO_MANY_REQUESTS),
                    throttled,
                    throttled.messageCode(),
                    null);
            tooMany.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            throw tooMany;
        }
        CurrentUser user = ((CurrentUser) checked.getPrincipal()).withoutPassword();
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        // A new session id and a new CSRF token: nothing chosen before sign-in survives it.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        csrfTokens.saveToken(csrfTokens.generateToken(request), request, response);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        events.publishEvent(new SignedIn(user.username(), user.role(), user.regionCode()));
        return view(user);
    }

    @GetMapping("/api/auth/csrf")
    @Operation(
            summary = "The CSRF token to send as X-XSRF-TOKEN (also set as the XSRF-TOKEN cookie), and whether this is"
                    + " the demo, whose accounts are public")
    SignInPageView csrf(HttpServletRequest request) {
        // The raw token, as the cookie carries it; the request attribute CsrfToken is a masked variant of it.
        CsrfToken token = ((DeferredCsrfToken) request.getAttribute(DeferredCsrfToken.class.getName())).get();
        return new SignInPageView(token.getToken(), token.getHeaderName(), demo);
    }

    @GetMapping("/api/me")
    @Operation(summary = "Who is signed in: username, role and region")
    MeView me(Authentication who) {
        return view((CurrentUser) who.getPrincipal());
    }

    private MeView view(CurrentUser user) {
        var region = user.regionCode() == null
                ? null
                : regions.find(user.regionCode()).orElse(null);
        return new MeView(
                user.username(),
                user.fullName(),
                user.role(),
                user.regionCode(),
                region == null ? null : region.name(),
                region == null ? null : region.level().name());
    }
}
