package id.verivali.region;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A Kemendagri region code in its dotted form: 61, 61.12, 61.12.04 or 61.12.04.2002. */
@Documented
@Pattern(regexp = "\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RegionCode {

    String message() default "{region.code.pattern}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
