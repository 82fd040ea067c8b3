package id.verivali.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    record Texts(
            @PlainText String name,
            @PlainText(multiline = true) String reason) {}

    private final PlainText.Validator oneLine = validator(false);
    private final PlainText.Validator lines = validator(true);

    @Test
    void text_as_people_type_it_passes_emoji_and_all() {
        assertThat(oneLine.isValid("Siti Aminah binti Abdullah, RT 003/RW 001 \uD83C\uDFE0", null))
                .isTrue();
        assertThat(lines.isValid("Rumah kosong.\r\nKetua RT membenarkan.\tPindah ke Pontianak.", null))
                .isTrue();
        assertThat(oneLine.isValid(null, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u001b[31m", "a\u007f", "a\u0085", "\ud800", "a\udc00b", "\udbff"})
    void control_characters_and_halves_of_characters_never_pass(String text) {
        assertThat(oneLine.isValid(text, null)).isFalse();
    }

    @Test
    void tabs_and_line_breaks_only_in_multiline_text() {
        assertThat(oneLine.isValid("Jl. Parit\nRT 3", null)).isFalse();
        assertThat(oneLine.isValid("BA/07\tBA/08", null)).isFalse();
        assertThat(lines.isValid("Jl. Parit\nRT 3", null)).isTrue();
    }

    private static PlainText.Validator validator(boolean multiline) {
        var validator = new PlainText.Validator();
        try {
            var component = multiline ? "reason" : "name";
            validator.initialize(Texts.class.getDeclaredField(component).getAnnotation(PlainText.class));
        } catch (NoSuchFieldException impossible) {
            throw new IllegalStateException(impossible);
        }
        return validator;
    }
}
