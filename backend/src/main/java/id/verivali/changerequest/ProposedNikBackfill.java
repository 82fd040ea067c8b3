package id.verivali.changerequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway's V20: fills {@code change_request_proposed_nik} (V19) for the changes proposed before it existed, from the
 * proposal each keeps as JSON, so that the inbox finds them by a proposed person's NIK as it finds new ones. Reads the
 * JSON as it was written then ({@code household.members[].nik}, {@code member.nik}) rather than through today's
 * {@link ChangeJson}, so that a later change of the payload's shape cannot change what this migration did.
 */
@Component
class ProposedNikBackfill implements JavaMigration {

    /** Changes read at a time: a page of proposals in memory, never the whole table. */
    private static final int PAGE = 1_000;

    private static final Pattern WHOLE_NIK = Pattern.compile("\\d{16}");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("20");
    }

    @Override
    public String getDescription() {
        return "proposed nik backfill";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException, IOException {
        fill(context.getConnection());
    }

    /**
     * Writes the whole NIKs of every new household's members and every member to add, for the changes that have none
     * written yet; returns how many it wrote.
     */
    static int fill(Connection connection) throws SQLException, IOException {
        int written = 0;
        long after = 0;
        while (true) {
            var niksByChange = new LinkedHashMap<Long, Set<String>>();
            try (var select = connection.prepareStatement("""
                    select c.id, c.payload from change_request c
                    where c.id > ? and c.change_type in ('NEW_HOUSEHOLD', 'ADD_MEMBER') and c.payload is not null
                      and not exists (select 1 from change_request_proposed_nik p where p.change_request_id = c.id)
                    order by c.id
                    limit ?""")) {
                select.setLong(1, after);
                select.setInt(2, PAGE);
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        after = rows.getLong(1);
                        niksByChange.put(after, proposedNiks(JSON.readTree(rows.getString(2))));
                    }
                }
            }
            if (niksByChange.isEmpty()) {
                return written;
            }
            written += insert(connection, niksByChange);
        }
    }

    private static Set<String> proposedNiks(JsonNode payload) {
        var niks = new LinkedHashSet<String>();
        payload.path("household").path("members").forEach(member -> add(niks, member));
        add(niks, payload.path("member"));
        return niks;
    }

    private static void add(Set<String> niks, JsonNode member) {
        var nik = member.path("nik").asText("");
        if (WHOLE_NIK.matcher(nik).matches()) {
            niks.add(nik);
        }
    }

    private static int insert(Connection connection, Map<Long, Set<String>> niksByChange) throws SQLException {
        int rows = 0;
        try (var insert = connection.prepareStatement(
                "insert into change_request_proposed_nik (change_request_id, nik) values (?, ?)")) {
            for (var change : niksByChange.entrySet()) {
                for (var nik : change.getValue()) {
                    insert.setLong(1, change.getKey());
                    insert.setString(2, nik);
                    insert.addBatch();
                    rows++;
                }
            }
            if (rows > 0) {
                insert.executeBatch();
            }
        }
        return rows;
    }
}
