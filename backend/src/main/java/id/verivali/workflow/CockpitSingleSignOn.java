package id.verivali.workflow;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Cockpit and the other Camunda web apps trust the Verivali sign-in: an administrator signed in to Verivali is
 * signed in to Cockpit, and nobody else gets that far (the security configuration lets only {@code ADMIN} reach
 * {@code /camunda/**}).
 */
@Configuration
class CockpitSingleSignOn {

    /** The group that Camunda's web apps treat as administrators. */
    static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> cockpitAuthentication() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", SignedInAdministrator.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        // After Spring Security's filter chain, which has put the signed-in user in place.
        registration.setOrder(101);
        return registration;
    }

    /** Hands the Verivali user who passed Spring Security to Camunda's web apps. */
    public static class SignedInAdministrator implements AuthenticationProvider {

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated()) {
                return AuthenticationResult.unsuccessful();
            }
            ensureCamundaUser(engine, authentication.getName());
            var result = AuthenticationResult.successful(authentication.getName());
            result.setGroups(List.of(CAMUNDA_ADMIN_GROUP));
            return result;
        }

        /**
         * The web apps look the user up in Camunda's own identity tables and refuse one they cannot find, so an
         * administrator gets an entry there (with an unusable random password) the first time they open Cockpit.
         */
        private static void ensureCamundaUser(ProcessEngine engine, String username) {
            var identity = engine.getIdentityService();
            if (identity.createUserQuery().userId(username).count() == 0) {
                User user = identity.newUser(username);
                user.setFirstName(username);
                user.setLastName("(Verivali)");
                user.setPassword(UUID.randomUUID().toString());
                identity.saveUser(user);
            }
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            // Spring Security has already answered unauthenticated requests.
        }
    }
}
