package id.verivali.resident;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Whether the name a resident types is the name the registry holds, as a person would judge it: case, spaces,
 * punctuation and accents do not count, nor do doubled letters ({@code Muhammad}, {@code Muhamad}), nor the
 * spellings Indonesian names kept from before the 1972 reform ({@code dj} for {@code j}, {@code tj} for {@code c},
 * {@code oe} for {@code u}, {@code nj} for {@code ny}, {@code sj} for {@code sy}, {@code ch} for {@code kh}): Soekarno
 * is Sukarno, Djoko is Joko, Tjipto is Cipto. Anything else must match.
 */
final class ResidentNames {

    private ResidentNames() {}

    static boolean same(String typed, String recorded) {
        return typed != null && recorded != null && canonical(typed).equals(canonical(recorded));
    }

    static String canonical(String name) {
        String letters = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]", "");
        String reformed = letters.replace("dj", "j")
                .replace("tj", "c")
                .replace("oe", "u")
                .replace("nj", "ny")
                .replace("sj", "sy")
                .replace("ch", "kh");
        return reformed.replaceAll("(.)\\1+", "$1");
    }
}
