package id.verivali.common.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text as people type it: no control characters (a NUL, an escape, a C1 code) and no half of a character (an unpaired
 * UTF-16 surrogate, which no encoding can store). Tabs and line breaks only in {@link #multiline} text such as a
 * reason or a note; a name, a place or a number is one line. Null is valid.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    boolean multiline() default false;

    String message() default "{text.singleLine}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, String> {

        private boolean multiline;

        @Override
        public void initialize(PlainText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            if (text == null || text.codePoints().allMatch(this::allowed)) {
                return true;
            }
            if (multiline) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{text.multiline}").addConstraintViolation();
            }
            return false;
        }

        private boolean allowed(int codePoint) {
            return switch (Character.getType(codePoint)) {
                // Code points of an unpaired surrogate come out of String.codePoints() one by one.
                case Character.SURROGATE -> false;
                case Character.CONTROL -> multiline && (codePoint == '\t' || codePoint == '\n' || codePoint == '\r');
                default -> true;
            };
        }
    }
}
