package id.verivali.civilregistry;

import id.verivali.household.CivilRegistryStatus;
import id.verivali.household.PersonToMatch;
import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
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
        return matchAll(List.of(person)).get(person.nik());
    }

    /** In one read of the population table, whatever the household's size. */
    @Override
    public Map<String, CivilRegistryStatus> matchAll(List<PersonToMatch> persons) {
        if (persons.isEmpty()) {
            return Map.of();
        }
        var registered = new HashMap<String, Registered>();
        jdbc.query(
                "select nik, name, birth_date, status from population where nik in ("
                        + String.join(", ", Collections.nCopies(persons.size(), "?")) + ")",
                (RowCallbackHandler) row -> registered.put(
                        row.getString("nik"),
                        new Registered(
                                row.getString("name"),
                                row.getDate("birth_date").toLocalDate(),
                                Resident.Status.valueOf(row.getString("status")))),
                persons.stream().map(PersonToMatch::nik).toArray());
        var matches = new LinkedHashMap<String, CivilRegistryStatus>();
        persons.forEach(person -> matches.put(person.nik(), statusOf(person, registered.get(person.nik()))));
        return matches;
    }

    private static CivilRegistryStatus statusOf(PersonToMatch person, Registered registered) {
        if (registered == null) {
            return CivilRegistryStatus.NIK_UNKNOWN;
        }
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
