package id.verivali.security;

import id.verivali.common.web.FrontEndRoutes;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsUtils;

/**
 * Three doors. Camunda's REST API takes HTTP Basic from administrators, and from integrations for their external
 * tasks only. Camunda's web apps (Cockpit) open for administrators signed in to Verivali. Everything else is the
 * Verivali app: a browser session with CSRF protection, or HTTP Basic for scripts; closed to strangers but for what
 * is opened on purpose.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(LoginThrottleProperties.class)
class SecurityConfig {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /**
     * The registry under {@code /api} is the verification chain's: administrators and integrations sign in, ask who
     * they are and read the public region list there, and are refused the rest (403).
     */
    private static final String[] REGISTRY_ROLES = Arrays.stream(Role.values())
            .filter(Role::worksOnTheRegistry)
            .map(Role::name)
            .toArray(String[]::new);

    /**
     * What an integration may call on Camunda's REST API: serving external tasks, nothing else. The engine's own
     * authorizations and the topics it is granted narrow it further (see the workflow module).
     */
    private static final RequestMatcher[] EXTERNAL_TASK_SERVICE = {
        path(HttpMethod.POST, "/engine-rest/external-task/fetchAndLock"),
        path(HttpMethod.POST, "/engine-rest/external-task/{id}/complete"),
        path(HttpMethod.POST, "/engine-rest/external-task/{id}/failure"),
        path(HttpMethod.POST, "/engine-rest/external-task/{id}/bpmnError"),
        path(HttpMethod.POST, "/engine-rest/external-task/{id}/extendLock"),
        path(HttpMethod.POST, "/engine-rest/external-task/{id}/unlock")
    };

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, AuthenticationManager passwords, ProblemResponses problems)
            throws Exception {
        return http.securityMatcher(path("/engine-rest/**"))
                .authenticationManager(passwords)
                .authorizeHttpRequests(requests -> requests
                        // Basic credentials only, never a cookie, so no session to ride on; and a write a browser
                        // sends from another site's page is refused, in case it still holds credentials.
                        .requestMatchers(SecurityConfig::crossSiteWrite)
                        .denyAll()
                        .requestMatchers(EXTERNAL_TASK_SERVICE)
                        .hasAnyRole("ADMIN", "INTEGRATION")
                        .anyRequest()
                        .hasRole("ADMIN"))
                // No challenge (problem details instead), so that a browser never offers to keep the password.
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http, SecurityContextRepository contexts) throws Exception {
        return http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("ADMIN"))
                .securityContext(context -> context.securityContextRepository(contexts))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                        new LoginUrlAuthenticationEntryPoint("/login?next=/camunda/app/cockpit/")))
                // The web apps carry Camunda's own CSRF prevention filter.
                .csrf(csrf -> csrf.disable())
                // The sign-in page returns to Cockpit by its next parameter: no session for a saved request.
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .headers(SecurityConfig::browserPolicies)
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain application(
            HttpSecurity http,
            ProblemResponses problems,
            SecurityContextRepository contexts,
            CsrfTokenRepository csrfTokens,
            AuthenticationManager passwords)
            throws Exception {
        // HTTP Basic goes through the same throttled manager as the sign-in form.
        return http.authenticationManager(passwords)
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/auth/login")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/auth/csrf", "/api/regions", "/api/regions/**")
                        .permitAll()
                        // Residents' own door: no account, limited per client address and per NIK (resident module).
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/public/status",
                                "/api/public/proposals",
                                "/api/public/objections",
                                "/api/public/submissions/track")
                        .permitAll()
                        .requestMatchers("/api/me")
                        .authenticated()
                        .requestMatchers("/api/**")
                        .hasAnyRole(REGISTRY_ROLES)
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .hasAnyRole("ADMIN", "MONITORING")
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, FrontEndRoutes.FILES)
                        .permitAll()
                        .requestMatchers(request -> HttpMethod.GET.matches(request.getMethod())
                                && FrontEndRoutes.isScreen(request.getRequestURI()))
                        .permitAll()
                        // An error page for a request that has already been let through, or refused.
                        .dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        // Everything else, the OpenAPI description included, needs an account: a path added later
                        // is closed until it is opened here on purpose.
                        .anyRequest()
                        .authenticated())
                .securityContext(context -> context.securityContextRepository(contexts))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
                        // Scripts send HTTP Basic credentials with every request, checked every time. A browser
                        // never adds them to a forged request (no challenge, so it never keeps them). The residents'
                        // door acts on nobody's authority, so a forged request there could borrow none.
                        .ignoringRequestMatchers(SessionUnlessCredentials::carriesCredentials)
                        .ignoringRequestMatchers("/api/public/**"))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // Nothing returns to a request refused before sign-in, so refusing one creates no session.
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .logout(logout -> logout.logoutUrl("/api/auth/logout")
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
                .headers(headers -> browserPolicies(headers)
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                // blob: the field-check form previews the house's photo before it is sent.
                                "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
                                        + "frame-ancestors 'none'")))
                .build();
    }

    /**
     * No page of Verivali or Cockpit is meant to be framed, by anyone: X-Frame-Options DENY agrees with CSP
     * {@code frame-ancestors 'none'} here and in Camunda's own policy. No address leaves the origin as a referrer (it
     * may carry a household's id or a searched name), and no page may ask for devices the app never uses. The position
     * is the one it does: a resident's objection says where the house stands.
     */
    private static HeadersConfigurer<HttpSecurity> browserPolicies(HeadersConfigurer<HttpSecurity> headers) {
        return headers.frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(
                        "accelerometer=(), bluetooth=(), browsing-topics=(), camera=(), display-capture=(), "
                                + "geolocation=(self), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), "
                                + "payment=(), serial=(), usb=()"));
    }

    /** Matches the whole path: Camunda's REST API and web apps are not Spring MVC's to map. */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static RequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    /**
     * A request that may change something, sent by a browser from another site's page: the browser says so
     * ({@code Sec-Fetch-Site}), or names an origin other than ours.
     */
    private static boolean crossSiteWrite(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return true;
        }
        return CorsUtils.isCorsRequest(request);
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new SessionUnlessCredentials();
    }

    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        return CookieCsrfTokenRepository.withHttpOnlyFalse();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * Publishes every refused sign-in, by form or HTTP Basic, as Spring's failure events; a throttled one (too many
     * failures) as a locked account.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        var publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(
                Map.of(LoginThrottledException.class, AuthenticationFailureLockedEvent.class));
        return publisher;
    }

    @Bean
    AuthenticationManager authenticationManager(
            AccountService accounts,
            PasswordEncoder passwords,
            AuthenticationEventPublisher events,
            LoginThrottleProperties limits,
            Clock clock) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        var manager = new ProviderManager(new LoginThrottle(provider, limits, clock));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }
}
