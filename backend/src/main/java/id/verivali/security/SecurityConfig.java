package id.verivali.security;

import static org.springframework.security.config.Customizer.withDefaults;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
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
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three doors. Camunda's REST API takes HTTP Basic from administrators and integrations only. Camunda's web apps
 * (Cockpit) open for administrators signed in to Verivali. Everything else is the Verivali app: a browser session
 * with CSRF protection, or HTTP Basic for scripts.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(LoginThrottleProperties.class)
class SecurityConfig {

    /**
     * The registry under {@code /api} is the verification chain's: administrators and integrations sign in, ask who
     * they are and read the public region list there, and are refused the rest (403).
     */
    private static final String[] REGISTRY_ROLES = Arrays.stream(Role.values())
            .filter(Role::worksOnTheRegistry)
            .map(Role::name)
            .toArray(String[]::new);

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, AuthenticationManager passwords) throws Exception {
        return http.securityMatcher(path("/engine-rest/**"))
                .authenticationManager(passwords)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole("ADMIN", "INTEGRATION"))
                .httpBasic(withDefaults())
                // Basic credentials only, never a cookie: nothing for a forged request to ride on.
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
                        .requestMatchers("/api/me")
                        .authenticated()
                        .requestMatchers("/api/**")
                        .hasAnyRole(REGISTRY_ROLES)
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        // The front end's files and the OpenAPI description.
                        .anyRequest()
                        .permitAll())
                .securityContext(context -> context.securityContextRepository(contexts))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
                        .ignoringRequestMatchers(SecurityConfig::carriesCredentials))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // Nothing returns to a request refused before sign-in, so refusing one creates no session.
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .logout(logout -> logout.logoutUrl("/api/auth/logout")
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
                .headers(headers -> browserPolicies(headers)
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "frame-ancestors 'none'")))
                .build();
    }

    /**
     * No page of Verivali or Cockpit is meant to be framed, by anyone: X-Frame-Options DENY agrees with CSP
     * {@code frame-ancestors 'none'} here and in Camunda's own policy. No address leaves the origin as a referrer (it
     * may carry a household's id or a searched name), and no page may ask for devices the app never uses.
     */
    private static HeadersConfigurer<HttpSecurity> browserPolicies(HeadersConfigurer<HttpSecurity> headers) {
        return headers.frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(
                        "accelerometer=(), bluetooth=(), browsing-topics=(), camera=(), display-capture=(), "
                                + "geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), "
                                + "payment=(), serial=(), usb=()"));
    }

    /**
     * Scripts send HTTP Basic credentials with every request. A browser never adds them to a forged request (the
     * API sends no challenge, so it never caches them), so such requests need no CSRF token.
     */
    private static boolean carriesCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** Matches the whole path: Camunda's REST API and web apps are not Spring MVC's to map. */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
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
