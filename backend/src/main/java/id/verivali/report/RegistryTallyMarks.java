package id.verivali.report;

import id.verivali.changerequest.ChangeType;
import id.verivali.civilregistry.PopulationAdded;
import id.verivali.common.tally.VillageMarks;
import id.verivali.household.HouseholdsEntered;
import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Marks the villages whose published figures a transaction changes, so that {@link RegistryTallies} counts them
 * again: every write to the rows the figures count, whoever makes it. Households, their members and removals in
 * progress are watched as Hibernate writes them; the bulk writes that bypass the entities announce themselves ({@link
 * HouseholdsEntered}, {@link PopulationAdded}) and are marked in their own transaction.
 */
@Component
class RegistryTallyMarks extends VillageMarks {

    static final String MARKS = "registry_tally_mark";

    private static final Set<String> REMOVALS =
            Set.of(ChangeType.REMOVE_HOUSEHOLD.name(), ChangeType.REMOVE_MEMBER.name());
    private static final String VILLAGES_OF_HOUSEHOLDS = "select distinct village_code from household where id in (%s)";
    private static final int IN_LIST = 500;

    private final NamedParameterJdbcTemplate jdbc;

    RegistryTallyMarks(EntityManagerFactory entityManagerFactory, NamedParameterJdbcTemplate jdbc) {
        super(entityManagerFactory, "household", "household_member", "change_request");
        this.jdbc = jdbc;
    }

    @Override
    protected void written(Write write) {
        switch (write.table()) {
            case "household" -> {
                write.mark(MARKS, (String) write.value("village_code"));
                // A household moved to another village changes the one it left too.
                write.mark(MARKS, (String) write.oldValue("village_code"));
            }
            case "household_member" -> write.markVillagesOf(MARKS, VILLAGES_OF_HOUSEHOLDS, write.value("household_id"));
            // Of a change, the figures count only a removal's status: whether it is still in progress.
            case "change_request" -> {
                if (REMOVALS.contains((String) write.value("change_type")) && write.changed("status")) {
                    write.mark(MARKS, (String) write.value("village_code"));
                }
            }
            default -> throw new IllegalStateException("Not watched: " + write.table());
        }
    }

    @EventListener
    void householdsEntered(HouseholdsEntered entered) {
        jdbc.batchUpdate(
                "insert into registry_tally_mark (village_code) values (:village)",
                entered.villageCodes().stream()
                        .map(village -> new MapSqlParameterSource("village", village))
                        .toArray(MapSqlParameterSource[]::new));
    }

    /** A resident's e-KTP counts for every member with their NIK, in whichever village. */
    @EventListener
    void populationAdded(PopulationAdded added) {
        var niks = added.niks();
        for (int from = 0; from < niks.size(); from += IN_LIST) {
            jdbc.update(
                    """
                    insert into registry_tally_mark (village_code)
                    select distinct h.village_code from household h join household_member m on m.household_id = h.id
                    where m.nik in (:niks)""", new MapSqlParameterSource("niks", niks.subList(from, Math.min(from + IN_LIST, niks.size()))));
        }
    }
}
