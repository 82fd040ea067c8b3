package id.verivali.workflow;

import id.verivali.security.CurrentUser;
import id.verivali.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells the engine who calls Camunda's REST API, so that its authorizations apply and whatever the call does is
 * recorded as theirs (a task completed through {@code /engine-rest} is decided by the caller, whatever {@code userId}
 * its body names). Spring Security has already checked the password and refused everyone but administrators and
 * integrations; this hands that account to the engine with the group its role maps to.
 */
@Configuration
class EngineRestIdentity {

    /** Integrations' engine group; {@link EngineAuthorizations} gives it what serving external tasks needs. */
    static final String INTEGRATION_GROUP = "verivali-integration";

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SignedInEngineUser.class.getName(),
                ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX,
                "/engine-rest"));
        registration.addUrlPatterns("/engine-rest/*");
        // After Spring Security's filter chain, which has put the caller in place.
        registration.setOrder(101);
        return registration;
    }

    /** The engine groups of an account: administrators are Camunda's administrators, integrations their own group. */
    static List<String> groupsOf(Role role) {
        return switch (role) {
            case ADMIN -> List.of(Groups.CAMUNDA_ADMIN);
            case INTEGRATION -> List.of(INTEGRATION_GROUP);
            default -> List.of();
        };
    }

    /** Hands the account that passed Spring Security to the engine. */
    public static class SignedInEngineUser implements AuthenticationProvider {

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
                return AuthenticationResult.unsuccessful();
            }
            var result = AuthenticationResult.successful(user.username());
            result.setGroups(groupsOf(user.role()));
            result.setTenants(List.of());
            return result;
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            // Spring Security has already answered unauthenticated requests, without a challenge.
        }
    }
}
