package id.verivali.household;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Puts thousands of households on the registry at once with JDBC batches: JPA cannot batch inserts into identity
 * columns, and a district's list would take minutes row by row.
 */
@Component
class HouseholdBulkWriter {

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    HouseholdBulkWriter(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Households and their members, all entered on the registry at {@code registeredAt}. */
    void insert(List<NewHousehold> households, Instant registeredAt) {
        Timestamp at = Timestamp.from(registeredAt);
        for (int from = 0; from < households.size(); from += BATCH) {
            List<NewHousehold> chunk = households.subList(from, Math.min(from + BATCH, households.size()));
            List<Long> ids = insertHouseholds(chunk, at);
            insertMembers(chunk, ids, at);
        }
        events.publishEvent(new HouseholdsEntered(
                households.stream().map(NewHousehold::villageCode).collect(Collectors.toSet())));
    }

    private List<Long> insertHouseholds(List<NewHousehold> chunk, Timestamp at) {
        var keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(
                connection -> connection.prepareStatement("""
                        insert into household (kk_number, address, rt, rw, village_code, status, house_ownership,
                            floor_area_m2, floor_material, wall_material, roof_material, drinking_water, lighting,
                            sanitation, cooking_fuel, monthly_expenditure, created_at, updated_at, version)
                        values (?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", Statement.RETURN_GENERATED_KEYS),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws java.sql.SQLException {
                        NewHousehold h = chunk.get(i);
                        WelfareAttributes w = h.welfare();
                        ps.setString(1, h.kkNumber());
                        ps.setString(2, h.address());
                        ps.setString(3, h.rt());
                        ps.setString(4, h.rw());
                        ps.setString(5, h.villageCode());
                        ps.setString(6, name(w.houseOwnership()));
                        setInteger(ps, 7, w.floorAreaM2());
                        ps.setString(8, name(w.floorMaterial()));
                        ps.setString(9, name(w.wallMaterial()));
                        ps.setString(10, name(w.roofMaterial()));
                        ps.setString(11, name(w.drinkingWater()));
                        ps.setString(12, name(w.lighting()));
                        ps.setString(13, name(w.sanitation()));
                        ps.setString(14, name(w.cookingFuel()));
                        if (w.monthlyExpenditure() == null) {
                            ps.setNull(15, Types.BIGINT);
                        } else {
                            ps.setLong(15, w.monthlyExpenditure());
                        }
                        ps.setTimestamp(16, at);
                        ps.setTimestamp(17, at);
                    }

                    @Override
                    public int getBatchSize() {
                        return chunk.size();
                    }
                },
                keys);
        List<Long> ids = new ArrayList<>(chunk.size());
        keys.getKeyList()
                .forEach(row -> ids.add(((Number) row.values().iterator().next()).longValue()));
        if (ids.size() != chunk.size()) {
            throw new IllegalStateException(
                    "The database returned " + ids.size() + " keys for " + chunk.size() + " households");
        }
        return ids;
    }

    private void insertMembers(List<NewHousehold> chunk, List<Long> ids, Timestamp at) {
        record Row(long householdId, NewHousehold.NewMember member) {}
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            for (NewHousehold.NewMember member : chunk.get(i).members()) {
                rows.add(new Row(ids.get(i), member));
            }
        }
        jdbc.batchUpdate("""
                insert into household_member (household_id, nik, name, birth_date, sex, relationship,
                    civil_registry_status, status, created_at, version)
                values (?, ?, ?, ?, ?, ?, 'UNCHECKED', 'ACTIVE', ?, 0)""", rows, BATCH * 4, (ps, row) -> {
            ps.setLong(1, row.householdId());
            ps.setString(2, row.member().nik());
            ps.setString(3, row.member().name());
            ps.setDate(4, Date.valueOf(row.member().birthDate()));
            ps.setString(5, row.member().sex().name());
            ps.setString(6, row.member().relationship().name());
            ps.setTimestamp(7, at);
        });
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }
}
