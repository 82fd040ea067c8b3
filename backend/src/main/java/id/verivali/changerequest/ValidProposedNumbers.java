package id.verivali.changerequest;

import id.verivali.household.NewHousehold;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.NikValidator;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * The proposed people's NIKs meet every rule of {@link id.verivali.household.Nik}, and a new household's family card
 * number is 16 digits. Each broken one is reported at its own field ({@code household.members[1].nik},
 * {@code member.nik}, {@code household.kkNumber}) with the first rule it breaks.
 */
@Documented
@Constraint(validatedBy = ValidProposedNumbers.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ValidProposedNumbers {

    String message() default "{nik.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidProposedNumbers, ProposeChange> {

        private final NikValidator niks;

        Validator(NikValidator niks) {
            this.niks = niks;
        }

        @Override
        public boolean isValid(ProposeChange request, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            NewHousehold household = request.household();
            if (household != null) {
                if (isGiven(household.kkNumber()) && !household.kkNumber().matches("\\d{16}")) {
                    context.buildConstraintViolationWithTemplate("{household.kkNumber.format}")
                            .addPropertyNode("household")
                            .addPropertyNode("kkNumber")
                            .addConstraintViolation();
                    valid = false;
                }
                List<NewMember> members = household.members() == null ? List.of() : household.members();
                for (int i = 0; i < members.size(); i++) {
                    String broken = brokenRule(members.get(i));
                    if (broken != null) {
                        context.buildConstraintViolationWithTemplate(broken)
                                .addPropertyNode("household")
                                .addPropertyNode("members")
                                .addPropertyNode("nik")
                                .inIterable()
                                .atIndex(i)
                                .addConstraintViolation();
                        valid = false;
                    }
                }
            }
            String broken = brokenRule(request.member());
            if (broken != null) {
                context.buildConstraintViolationWithTemplate(broken)
                        .addPropertyNode("member")
                        .addPropertyNode("nik")
                        .addConstraintViolation();
                valid = false;
            }
            return valid;
        }

        /** The message template of the first rule the member's NIK breaks; null when it is valid or missing. */
        private String brokenRule(NewMember member) {
            if (member == null || !isGiven(member.nik())) {
                return null; // @NotBlank reports a missing one
            }
            var broken = niks.check(member.nik());
            return broken.isEmpty() ? null : "{" + broken.get(0).messageCode() + "}";
        }

        private static boolean isGiven(String text) {
            return text != null && !text.isBlank();
        }
    }
}
