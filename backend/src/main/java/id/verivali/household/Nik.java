package id.verivali.household;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The rules a NIK (Nomor Induk Kependudukan) must meet on its face: 16 digits; digits 1–6 the kecamatan of
 * registration; digits 7–12 the birth date DDMMYY, with 40 added to the day for women; digits 13–16 a serial from
 * 0001. Whether the civil registry knows the number is a different question, asked by the civil-registry check.
 */
public final class Nik {

    /** The rules, in the order they are checked; each has a message {@code nik.<camelCase>}. */
    public enum Rule {
        FORMAT("nik.format"),
        SUBDISTRICT("nik.subdistrict"),
        BIRTH_DATE("nik.birthDate"),
        SERIAL("nik.serial");

        private final String messageCode;

        Rule(String messageCode) {
            this.messageCode = messageCode;
        }

        public String messageCode() {
            return messageCode;
        }
    }

    private static final int WOMEN_DAY_OFFSET = 40;

    private Nik() {}

    /**
     * The rules a NIK breaks, none when it is valid. A NIK that is not 16 digits breaks only {@link Rule#FORMAT}:
     * the other rules need its parts.
     *
     * @param subdistrictExists whether a kecamatan code such as {@code 61.12.04} is a real one
     * @param today the last date a birth date may have
     */
    public static List<Rule> check(String nik, Predicate<String> subdistrictExists, LocalDate today) {
        if (nik == null || !nik.matches("\\d{16}")) {
            return List.of(Rule.FORMAT);
        }
        List<Rule> broken = new ArrayList<>();
        if (!subdistrictExists.test(subdistrictCode(nik))) {
            broken.add(Rule.SUBDISTRICT);
        }
        if (birthDate(nik, today).isEmpty()) {
            broken.add(Rule.BIRTH_DATE);
        }
        if (nik.endsWith("0000")) {
            broken.add(Rule.SERIAL);
        }
        return List.copyOf(broken);
    }

    /** The kecamatan code of a 16-digit NIK in Kemendagri form: {@code 611204…} gives {@code 61.12.04}. */
    public static String subdistrictCode(String nik) {
        return nik.substring(0, 2) + "." + nik.substring(2, 4) + "." + nik.substring(4, 6);
    }

    /**
     * The birth date a 16-digit NIK encodes, if it is a real date no later than today. The two-digit year is read
     * as the latest date that is not in the future, so a NIK cannot tell a centenarian from a baby.
     */
    public static Optional<LocalDate> birthDate(String nik, LocalDate today) {
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int year = Integer.parseInt(nik.substring(10, 12));
        if (day > WOMEN_DAY_OFFSET) {
            day -= WOMEN_DAY_OFFSET;
        }
        int century = today.getYear() / 100 * 100;
        Optional<LocalDate> thisCentury = date(century + year, month, day);
        if (thisCentury.isPresent() && !thisCentury.get().isAfter(today)) {
            return thisCentury;
        }
        return date(century - 100 + year, month, day);
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    /** What a person's NIK says that the person's record does not. */
    public enum Contradiction {
        /** The NIK's day (plus 40 or not) says the other sex. */
        SEX,
        /** The NIK's DDMMYY is not the person's birth date. */
        BIRTH_DATE
    }

    /**
     * Where a NIK that meets the rules disagrees with its holder's sex and birth date: none when they agree. The birth
     * date is compared as the NIK writes it (day, month, the year's last two digits), so no century is guessed.
     */
    public static List<Contradiction> contradictions(String nik, Sex sex, LocalDate birthDate) {
        if (nik == null || !nik.matches("\\d{16}")) {
            return List.of();
        }
        List<Contradiction> found = new ArrayList<>();
        if (sex != null && sex != sex(nik)) {
            found.add(Contradiction.SEX);
        }
        if (birthDate != null) {
            int day = Integer.parseInt(nik.substring(6, 8));
            if (day > WOMEN_DAY_OFFSET) {
                day -= WOMEN_DAY_OFFSET;
            }
            boolean same = day == birthDate.getDayOfMonth()
                    && Integer.parseInt(nik.substring(8, 10)) == birthDate.getMonthValue()
                    && Integer.parseInt(nik.substring(10, 12)) == birthDate.getYear() % 100;
            if (!same) {
                found.add(Contradiction.BIRTH_DATE);
            }
        }
        return List.copyOf(found);
    }

    /** Women's NIKs carry their birth day plus 40. */
    public static Sex sex(String nik) {
        return Integer.parseInt(nik.substring(6, 8)) > WOMEN_DAY_OFFSET ? Sex.FEMALE : Sex.MALE;
    }

    /** Builds the NIK of a person registered in a kecamatan; the serial runs from 1 to 9999. */
    public static String of(String subdistrictCode, LocalDate birthDate, Sex sex, int serial) {
        if (serial < 1 || serial > 9999) {
            throw new IllegalArgumentException("A NIK serial runs from 0001 to 9999: " + serial);
        }
        int day = birthDate.getDayOfMonth() + (sex == Sex.FEMALE ? WOMEN_DAY_OFFSET : 0);
        return subdistrictCode.replace(".", "")
                + String.format("%02d%02d%02d%04d", day, birthDate.getMonthValue(), birthDate.getYear() % 100, serial);
    }

    /** For lists: the kecamatan and the last four digits stay readable, the birth date does not. */
    public static String mask(String number) {
        if (number == null || number.length() != 16) {
            return number;
        }
        return number.substring(0, 6) + "******" + number.substring(12);
    }
}
