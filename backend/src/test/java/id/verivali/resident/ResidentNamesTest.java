package id.verivali.resident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentNamesTest {

    @ParameterizedTest
    @CsvSource({
        "siti   aminah, Siti Aminah",
        "SITI AMINAH, Siti Aminah",
        "Muhamad Yusuf, Muhammad Yusuf",
        "Soekarno, Sukarno",
        "Djoko Santoso, Joko Santoso",
        "Tjipto Mangoenkoesoemo, Cipto Mangunkusumo",
        "Njoman Sudiarta, Nyoman Sudiarta",
        "Sjahrir, Syahrir",
        "Chairul Anwar, Khairul Anwar",
        "Nur'aini, Nuraini",
        "Dévi, Devi"
    })
    void a_name_typed_differently_in_case_spaces_punctuation_or_old_spelling_is_the_same_name(
            String typed, String recorded) {
        assertThat(ResidentNames.same(typed, recorded)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"Siti Aminah, Siti Aminah Putri", "Siti Amina, Siti Aminah", "Joko, Yoko", "Budi, Badu"})
    void anything_else_is_another_name(String typed, String recorded) {
        assertThat(ResidentNames.same(typed, recorded)).isFalse();
    }
}
