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
import java.time.Clock;
import java.time.LocalDate;

/**
 * A date no earlier than {@link #earliest} (or {@link #yearsBefore} years before today) and no later than {@link
 * #yearsAfter} years after today, today being the registry's ({@link Clock}). Both ends count. A date far outside
 * what its field can mean ({@code 0001-01-01}, {@code +99999-01-01}) is a typing or encoding error, not a fact to
 * store. Null is valid.
 */
@Documented
@Constraint(validatedBy = DateWithin.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DateWithin {

    /** The earliest date, as {@code 1900-01-01}; when empty, {@link #yearsBefore} years before today. */
    String earliest() default "";

    int yearsBefore() default 0;

    int yearsAfter() default 0;

    /** Says the window in words, e.g. "between today and {yearsAfter} years ahead". */
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DateWithin, LocalDate> {

        private final Clock clock;
        private LocalDate fixedEarliest;
        private int yearsBefore;
        private int yearsAfter;

        Validator(Clock clock) {
            this.clock = clock;
        }

        @Override
        public void initialize(DateWithin annotation) {
            fixedEarliest = annotation.earliest().isEmpty() ? null : LocalDate.parse(annotation.earliest());
            yearsBefore = annotation.yearsBefore();
            yearsAfter = annotation.yearsAfter();
        }

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            if (date == null) {
                return true;
            }
            LocalDate today = LocalDate.now(clock);
            LocalDate earliest = fixedEarliest != null ? fixedEarliest : today.minusYears(yearsBefore);
            return !date.isBefore(earliest) && !date.isAfter(today.plusYears(yearsAfter));
        }
    }
}
