package id.verivali.civilregistry;

import id.verivali.household.CivilRegistryStatus;
import id.verivali.household.PersonToMatch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches a person with the civil registry (Dukcapil): <em>padan</em> when NIK, name and birth date agree. The
 * reference implementation reads the population table; a real endpoint gets its own adapter, in the application or
 * as an external-task worker of its own.
 */
public interface CivilRegistry {

    /** MATCHED, NOT_MATCHED, DECEASED or NIK_UNKNOWN; never UNCHECKED. */
    CivilRegistryStatus match(PersonToMatch person);

    /** A household's people at once, by NIK in their order; an adapter that can ask for several at a time does. */
    default Map<String, CivilRegistryStatus> matchAll(List<PersonToMatch> persons) {
        var matches = new LinkedHashMap<String, CivilRegistryStatus>();
        persons.forEach(person -> matches.put(person.nik(), match(person)));
        return matches;
    }
}
