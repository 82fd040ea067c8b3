package id.verivali.audit;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AuditConfig {

    @Bean
    FilterRegistrationBean<EngineOperations> engineOperations(EngineAudit audit) {
        var registration = new FilterRegistrationBean<>(new EngineOperations(audit));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        // Inside Spring Security's filter chain (order -100), which has put the caller in place, and around Camunda's
        // own filters of the web apps (101), so that the status recorded is the one the caller got.
        registration.setOrder(100);
        return registration;
    }
}
