package id.verivali.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.verivali.audit.EngineAudit;
import java.util.Set;
import org.camunda.bpm.engine.ExternalTaskService;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Camunda's REST API under {@code /engine-rest} is the one Jersey application of the Spring context; the web apps'
 * API under {@code /camunda/api} is an application of Camunda's own and keeps Camunda's answers.
 */
@Configuration
class EngineRestConfig {

    @Bean
    ResourceConfigCustomizer engineRestProblems(MessageSource messages, LocaleResolver locales, ObjectMapper json) {
        var problems = new EngineProblems(messages, locales, json);
        return config -> EngineProblemMappers.all(problems).forEach(config::register);
    }

    @Bean
    ResourceConfigCustomizer engineRestFetchAndLockReads(EngineAudit audit) {
        return config -> config.register(new FetchAndLockReads(audit));
    }

    /** Integrations are kept to their topics. */
    @Bean
    ResourceConfigCustomizer engineRestGrantedTopics(
            WorkflowProperties properties, ExternalTaskService externalTasks, ObjectMapper json) {
        return config ->
                config.register(new GrantedTopics(Set.copyOf(properties.integrationTopics()), externalTasks, json));
    }
}
