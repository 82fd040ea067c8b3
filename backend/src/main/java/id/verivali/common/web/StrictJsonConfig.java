package id.verivali.common.web;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON as the API documents it and nothing Jackson would make of something else. With the {@code spring.jackson}
 * settings in application.yaml (trailing tokens, numbers for enums, fractions for whole numbers and duplicate keys are
 * refused) a request body is one JSON value whose every field has the documented type.
 */
@Configuration
class StrictJsonConfig {

    /** No number or boolean where text is expected, no text where a whole number is. */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer noScalarCoercion() {
        return builder -> builder.postConfigurer(mapper -> {
            mapper.coercionConfigFor(LogicalType.Textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Integer)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        });
    }

    /** Registered by Spring Boot with the application's ObjectMapper. */
    @Bean
    Module strictScalars() {
        return new StrictScalarsModule();
    }
}
