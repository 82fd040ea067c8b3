package id.verivali.civilregistry;

import id.verivali.household.CivilRegistryStatus;
import id.verivali.household.PersonToMatch;
import java.text.Normalizer;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The civil registry as the local population table records it. */
@Component
class PopulationTableCivilRegistry implements CivilRegistry {

    private final JdbcTemplate jdbc;

    PopulationTableCivilRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CivilRegistryStatus match(PersonToMatch person) {
        var found = jdbc.query(
                "select name, birth_date, status from population where nik = ?",
                (rs, row) -> new Registered(
                        rs.getString("name"),
                        rs.getDate("birth_date").toLocalDate(),
                        Resident.Status.valueOf(rs.getString("status"))),
                person.nik());
        if (found.isEmpty()) {
            return CivilRegistryStatus.NIK_UNKNOWN;
        }
        var registered = found.get(0);
        if (registered.status() == Resident.Status.DECEASED) {
            return CivilRegistryStatus.DECEASED;
        }
        var same = comparable(registered.name()).equals(comparable(person.name()))
                && registered.birthDate().equals(person.birthDate());
        return same ? CivilRegistryStatus.MATCHED : CivilRegistryStatus.NOT_MATCHED;
    }

    /** Dukcapil matching ignores case, accents, punctuation and repeated spaces, not spelling. */
    static String comparable(String name) {
        var plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z ]", " ").trim().replaceAll(" +", " ");
    }

    private record Registered(String name, java.time.LocalDate birthDate, Resident.Status status) {}
}
