package id.verivali.household;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A field holding a NIK that meets every rule of {@link Nik}; the message names the first rule it breaks. */
@Documented
@Constraint(validatedBy = ValidNik.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidNik {

    String message() default "{nik.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidNik, String> {

        private final NikValidator niks;

        Validator(NikValidator niks) {
            this.niks = niks;
        }

        @Override
        public boolean isValid(String nik, ConstraintValidatorContext context) {
            if (nik == null) {
                return true; // @NotNull says whether one is required
            }
            var broken = niks.check(nik);
            if (broken.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{" + broken.get(0).messageCode() + "}")
                    .addConstraintViolation();
            return false;
        }
    }
}
