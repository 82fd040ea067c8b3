package id.verivali.workflow;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
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
    static final String CAMUNDA_ADMIN_GROUP = Groups.CAMUNDA_ADMIN;

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
         * The web apps look the user up in Camunda's own identity tables and refuse one they cannot find, and send
         * everyone to a first-run setup page while no member of {@code camunda-admin} exists. So an administrator
         * gets an entry there (with an unusable random password) the first time they open Cockpit.
         */
        private static void ensureCamundaUser(ProcessEngine engine, String username) {
            var identity = engine.getIdentityService();
            if (identity.createGroupQuery().groupId(CAMUNDA_ADMIN_GROUP).count() == 0) {
                Group group = identity.newGroup(CAMUNDA_ADMIN_GROUP);
                group.setName("Camunda administrators");
                group.setType(Groups.GROUP_TYPE_SYSTEM);
                identity.saveGroup(group);
            }
            if (identity.createUserQuery().userId(username).count() == 0) {
                User user = identity.newUser(username);
                user.setFirstName(username);
                user.setLastName("(Verivali)");
                user.setPassword(UUID.randomUUID().toString());
                identity.saveUser(user);
                identity.createMembership(username, CAMUNDA_ADMIN_GROUP);
            }
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            // Spring Security has already answered unauthenticated requests.
        }
    }
}
