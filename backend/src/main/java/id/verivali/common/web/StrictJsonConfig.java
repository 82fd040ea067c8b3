package id.verivali.common.web;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.List;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

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

    /**
     * Reads request bodies (and multipart parts) as JSON only when they say {@code application/json}. Spring MVC's
     * other Jackson converters would also read any {@code application/*+json} (such as
     * {@code application/json-patch+json}, whose meaning the API does not implement) and YAML, so they go: Spring Boot
     * keeps them behind this one.
     */
    @Bean
    ApplicationJsonConverter applicationJsonConverter(ObjectMapper json) {
        return new ApplicationJsonConverter(json);
    }

    @Bean
    WebMvcConfigurer onlyApplicationJsonIsRead() {
        return new WebMvcConfigurer() {
            @Override
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                converters.removeIf(converter -> converter instanceof AbstractJackson2HttpMessageConverter
                        && !(converter instanceof ApplicationJsonConverter));
            }
        };
    }

    /** Writes as Spring's does (problem details as {@code application/problem+json}); reads {@code application/json}. */
    static final class ApplicationJsonConverter extends MappingJackson2HttpMessageConverter {

        ApplicationJsonConverter(ObjectMapper json) {
            super(json);
        }

        @Override
        protected boolean canRead(MediaType mediaType) {
            return mediaType == null || MediaType.APPLICATION_JSON.equalsTypeAndSubtype(mediaType);
        }
    }
}
