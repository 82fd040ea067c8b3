package id.verivali.household;

import static org.assertj.core.api.Assertions.assertThat;

import id.verivali.support.IntegrationTest;
import jakarta.validation.Validator;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

@IntegrationTest
class ValidNikIT {

    record Person(@ValidNik String nik) {}

    @Autowired
    Validator validator;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private String problem(String nik) {
        var violations = validator.validate(new Person(nik));
        return violations.isEmpty() ? null : violations.iterator().next().getMessage();
    }

    @Test
    void bean_validation_uses_the_real_list_of_kecamatan_and_names_the_broken_rule() {
        assertThat(problem("6112046205900001")).isNull();
        assertThat(problem(null)).isNull();
        assertThat(problem("6112996205900001")).isEqualTo("Enam angka pertama NIK bukan kode kecamatan yang ada.");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(problem("12345")).isEqualTo("A NIK has 16 digits.");
        assertThat(problem("6112046205900000"))
                .isEqualTo("The last four digits of the NIK (the serial) start at 0001.");
    }
}
