package id.verivali.fieldwork;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The dusun (hamlet) each RW of a village belongs to, as the village keeps its own structure. */
@Component
public class Hamlets {

    private final NamedParameterJdbcTemplate jdbc;

    Hamlets(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The dusun name of each RW, per village, for the villages asked. */
    Map<String, Map<String, String>> byVillage(Collection<String> villageCodes) {
        var found = new HashMap<String, Map<String, String>>();
        if (villageCodes.isEmpty()) {
            return found;
        }
        jdbc.query(
                "select village_code, rw, name from hamlet where village_code in (:villages)",
                Map.of("villages", Set.copyOf(villageCodes)),
                row -> {
                    found.computeIfAbsent(row.getString(1), code -> new HashMap<>())
                            .put(row.getString(2), row.getString(3));
                });
        return found;
    }

    /** The RWs of a village's dusun, matched by name without regard to case; none for a dusun it does not have. */
    List<String> rwsOf(String villageCode, String dusun) {
        return jdbc.queryForList(
                "select rw from hamlet where village_code = :village and lower(name) = lower(:name)",
                Map.of("village", villageCode, "name", dusun.strip()),
                String.class);
    }

    /** Names the dusun of a village's RWs (the demo's villages; a real village's come from its own records). */
    public void name(String villageCode, Map<String, String> dusunByRw) {
        jdbc.update("delete from hamlet where village_code = :village", Map.of("village", villageCode));
        dusunByRw.forEach((rw, name) -> jdbc.update(
                "insert into hamlet (village_code, rw, name) values (:village, :rw, :name)",
                Map.of("village", villageCode, "rw", rw, "name", name)));
    }
}
