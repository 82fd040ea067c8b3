package id.verivali.civilregistry;

import java.sql.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes and counts the population table. */
@Service
public class PopulationRegister {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    PopulationRegister(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Adds residents in bulk (reference data loads: thousands of rows at once). */
    @Transactional
    public void addAll(List<Resident> residents) {
        jdbc.batchUpdate("""
                insert into population (nik, kk_number, name, birth_date, sex, village_code, status, died_on,
                    moved_to_code, has_ektp) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", residents, 1000, (ps, resident) -> {
            ps.setString(1, resident.nik());
            ps.setString(2, resident.kkNumber());
            ps.setString(3, resident.name());
            ps.setDate(4, Date.valueOf(resident.birthDate()));
            ps.setString(5, resident.sex().name());
            ps.setString(6, resident.villageCode());
            ps.setString(7, resident.status().name());
            ps.setDate(8, resident.diedOn() == null ? null : Date.valueOf(resident.diedOn()));
            ps.setString(9, resident.movedToCode());
            ps.setBoolean(10, resident.hasEktp());
        });
        events.publishEvent(
                new PopulationAdded(residents.stream().map(Resident::nik).toList()));
    }

    @Transactional(readOnly = true)
    /** The NIKs the population table holds that start with a prefix (a kecamatan's six digits). */
    public Set<String> niksStartingWith(String prefix) {
        return new HashSet<>(
                jdbc.queryForList("select nik from population where nik like ?", String.class, prefix + "%"));
    }

    public long count() {
        return jdbc.queryForObject("select count(*) from population", Long.class);
    }
}
