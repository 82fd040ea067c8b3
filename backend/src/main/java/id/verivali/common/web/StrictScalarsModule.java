package id.verivali.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.temporal.Temporal;

/**
 * Enum values and dates exactly as the API documents them. Jackson trims an enum value before it looks it up, so
 * {@code "APPROVE\u0000"} and {@code " APPROVE"} would pass for {@code APPROVE}; and JavaTimeModule also reads a date
 * from a number (days since 1970) or an array ({@code [2026, 1, 31]}), which no coercion setting reaches.
 */
class StrictScalarsModule extends SimpleModule {

    StrictScalarsModule() {
        super(StrictScalarsModule.class.getSimpleName());
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(
                    DeserializationConfig config,
                    JavaType type,
                    BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return new UntrimmedEnums(deserializer);
            }

            @Override
            public JsonDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
                return Temporal.class.isAssignableFrom(description.getBeanClass())
                        ? new DatesAsText(deserializer)
                        : deserializer;
            }
        });
    }

    /** An enum value with anything around it (spaces, control characters) is not the value. */
    private static final class UntrimmedEnums extends DelegatingDeserializer {

        UntrimmedEnums(JsonDeserializer<?> enums) {
            super(enums);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> enums) {
            return new UntrimmedEnums(enums);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getText();
                if (!text.equals(text.trim())) {
                    return context.handleWeirdStringValue(handledType(), text, "not one of the values accepted");
                }
            }
            return super.deserialize(parser, context);
        }
    }

    /** A date is a string such as {@code "2026-01-31"}, and nothing else. */
    private static final class DatesAsText extends DelegatingDeserializer {

        DatesAsText(JsonDeserializer<?> dates) {
            super(dates);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> dates) {
            return new DatesAsText(dates);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            return super.deserialize(parser, context);
        }
    }
}
