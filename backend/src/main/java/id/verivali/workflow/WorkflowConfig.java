package id.verivali.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.camunda.bpm.engine.ExternalTaskService;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
@EnableConfigurationProperties(WorkflowProperties.class)
class WorkflowConfig {

    /** Camunda's REST API keeps integrations to their topics. */
    @Bean
    ResourceConfigCustomizer grantedTopics(
            WorkflowProperties properties, ExternalTaskService externalTasks, ObjectMapper json) {
        return config ->
                config.register(new GrantedTopics(Set.copyOf(properties.integrationTopics()), externalTasks, json));
    }
}
