package id.verivali.demo;

import id.verivali.household.Sex;
import java.util.List;
import java.util.random.RandomGenerator;

/** Names as they are found in West Kalimantan: Malay, Javanese, Dayak and Christian given names, often one word. */
final class IndonesianNames {

    private static final List<String> MALE = List.of(
            "Ahmad",
            "Muhammad",
            "Abdul",
            "Budi",
            "Agus",
            "Andi",
            "Bambang",
            "Dedi",
            "Eko",
            "Fajar",
            "Hendra",
            "Irwan",
            "Joko",
            "Rudi",
            "Slamet",
            "Sutrisno",
            "Yusuf",
            "Zainal",
            "Syarif",
            "Hamdan",
            "Ismail",
            "Ridwan",
            "Samsul",
            "Usman",
            "Herman",
            "Yohanes",
            "Antonius",
            "Paulus",
            "Markus",
            "Stefanus",
            "Heri",
            "Wahyu",
            "Rahmat",
            "Hasan",
            "Junaidi",
            "Mulyadi",
            "Suhardi",
            "Darmawan",
            "Iskandar",
            "Sukiman",
            "Jumadi",
            "Rusdi",
            "Arifin",
            "Bujang",
            "Effendi",
            "Fransiskus",
            "Gregorius",
            "Kamaruddin");
    private static final List<String> MALE_SECOND = List.of(
            "Saputra",
            "Hidayat",
            "Setiawan",
            "Gunawan",
            "Kurniawan",
            "Santoso",
            "Pratama",
            "Syahputra",
            "Ramadhan",
            "Hakim",
            "Firmansyah",
            "Nugroho",
            "Wijaya",
            "Susanto",
            "Rahman",
            "Rizal",
            "Fauzi",
            "Anwar",
            "Maulana",
            "Alamsyah",
            "Hamid",
            "Sulaiman");
    private static final List<String> FEMALE = List.of(
            "Siti",
            "Nur",
            "Dewi",
            "Sri",
            "Rina",
            "Yuliana",
            "Fitri",
            "Wati",
            "Ani",
            "Lestari",
            "Maria",
            "Agustina",
            "Rosita",
            "Hasanah",
            "Nurhayati",
            "Aminah",
            "Fatimah",
            "Marlina",
            "Suryani",
            "Yanti",
            "Elisabet",
            "Theresia",
            "Ratna",
            "Ayu",
            "Indah",
            "Putri",
            "Rahmawati",
            "Juliana",
            "Susanti",
            "Kartini",
            "Tuminah",
            "Halimah",
            "Saleha",
            "Mariam",
            "Rohaya",
            "Katarina");
    private static final List<String> FEMALE_SECOND = List.of(
            "Aminah",
            "Rahayu",
            "Handayani",
            "Wulandari",
            "Puspita",
            "Sari",
            "Lestari",
            "Kurniasih",
            "Maharani",
            "Anggraini",
            "Safitri",
            "Permata",
            "Nurjanah",
            "Hartati",
            "Oktaviani",
            "Fitriani",
            "Rohani",
            "Zubaidah");

    private IndonesianNames() {}

    static String male(RandomGenerator random) {
        return name(random, MALE, MALE_SECOND);
    }

    static String female(RandomGenerator random) {
        return name(random, FEMALE, FEMALE_SECOND);
    }

    /**
     * The name the civil registry has when the registry's differs (tidak padan): a nickname missing its second part,
     * or a second part the registry left out, or a typo in a doubled letter.
     */
    static String civilRegistryVariant(String name, Sex sex, RandomGenerator random) {
        int space = name.indexOf(' ');
        if (space > 0) {
            return name.substring(0, space);
        }
        if (name.contains("mm")) {
            return name.replace("mm", "m");
        }
        return name + " " + pick(random, sex == Sex.MALE ? MALE_SECOND : FEMALE_SECOND);
    }

    private static String name(RandomGenerator random, List<String> first, List<String> second) {
        String given = pick(random, first);
        // About one person in five goes by a single name, as is common in Indonesia.
        return random.nextInt(5) == 0 ? given : given + " " + pick(random, second);
    }

    static <T> T pick(RandomGenerator random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
