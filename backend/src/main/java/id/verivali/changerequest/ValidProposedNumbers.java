package id.verivali.changerequest;

import id.verivali.household.NewHousehold;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.Nik;
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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The proposed people's NIKs meet every rule of {@link Nik} and agree with the sex and birth date entered beside
 * them, and a new household's family card number is 16 digits. Each broken one is reported at its own field
 * ({@code household.members[1].nik}, {@code member.nik}, {@code household.kkNumber}) with the first rule it breaks; a
 * NIK that contradicts its holder is reported at the NIK, saying what it encodes, and at each field it contradicts.
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

        /** As officials write dates on the forms and the KTP: 18-08-1941. */
        private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd-MM-yyyy");

        private final NikValidator niks;

        Validator(NikValidator niks) {
            this.niks = niks;
        }

        /** Reports a message template at one field of the member being checked. */
        private interface MemberField {
            void report(String template, String field);
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
                    int index = i;
                    valid &= memberIsValid(
                            members.get(i),
                            context,
                            (template, field) -> context.buildConstraintViolationWithTemplate(template)
                                    .addPropertyNode("household")
                                    .addPropertyNode("members")
                                    .addPropertyNode(field)
                                    .inIterable()
                                    .atIndex(index)
                                    .addConstraintViolation());
                }
            }
            valid &= memberIsValid(
                    request.member(),
                    context,
                    (template, field) -> context.buildConstraintViolationWithTemplate(template)
                            .addPropertyNode("member")
                            .addPropertyNode(field)
                            .addConstraintViolation());
            return valid;
        }

        /** The member's NIK meets the rules (the first one it breaks is reported) and agrees with the member. */
        private boolean memberIsValid(NewMember member, ConstraintValidatorContext context, MemberField at) {
            if (member == null || !isGiven(member.nik())) {
                return true; // @NotBlank reports a missing one
            }
            var broken = niks.check(member.nik());
            if (!broken.isEmpty()) {
                at.report("{" + broken.get(0).messageCode() + "}", "nik");
                return false;
            }
            var contradictions = Nik.contradictions(member.nik(), member.sex(), member.birthDate());
            if (contradictions.isEmpty()) {
                return true;
            }
            LocalDate encoded = niks.birthDate(member.nik()).orElseThrow();
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("nikBirthDate", DAY_MONTH_YEAR.format(encoded));
            at.report("{nik.contradictsMember." + Nik.sex(member.nik()) + "}", "nik");
            if (contradictions.contains(Nik.Contradiction.SEX)) {
                at.report("{member.sex.contradictsNik." + Nik.sex(member.nik()) + "}", "sex");
            }
            if (contradictions.contains(Nik.Contradiction.BIRTH_DATE)) {
                at.report("{member.birthDate.contradictsNik}", "birthDate");
            }
            return false;
        }

        private static boolean isGiven(String text) {
            return text != null && !text.isBlank();
        }
    }
}
