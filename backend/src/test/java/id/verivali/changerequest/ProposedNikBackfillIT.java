package id.verivali.changerequest;

import static org.assertj.core.api.Assertions.assertThat;

import id.verivali.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ProposedNikBackfillIT {

    private static final String VILLAGE = "61.12.04.2003";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void v20_writes_the_whole_proposed_niks_of_changes_that_keep_them_in_their_json_only() {
        // In a transaction rolled back at the end: the changes never show in another suite's counts.
        var rolledBack = new TransactionTemplate(transactions);
        rolledBack.executeWithoutResult(status -> {
            status.setRollbackOnly();
            long household = insertChange("NEW_HOUSEHOLD", """
                    {"household":{"kkNumber":"6112040201260001","members":[
                      {"nik":"6112041406880001","name":"Rahmat"},{"nik":"6112044302910002","name":"Nur"},
                      {"nik":"61120443","name":"Malformed"}]}}""");
            long member = insertChange("ADD_MEMBER", """
                    {"member":{"nik":"6112046010250003","name":"Aisyah"}}""");
            long reverification = insertChange("REVERIFY", null);

            try {
                var connection = DataSourceUtils.getConnection(dataSource);
                assertThat(ProposedNikBackfill.fill(connection)).isGreaterThanOrEqualTo(3);
                assertThat(niksOf(household)).containsExactly("6112041406880001", "6112044302910002");
                assertThat(niksOf(member)).containsExactly("6112046010250003");
                assertThat(niksOf(reverification)).isEmpty();
                // Run again (as on a database it already filled), it writes nothing twice.
                assertThat(ProposedNikBackfill.fill(connection)).isZero();
            } catch (Exception failed) {
                throw new IllegalStateException(failed);
            }
        });
    }

    /** A change as the table found it before V19: its proposal in the JSON alone. */
    private long insertChange(String type, String payload) {
        var number = "BF-" + UUID.randomUUID().toString().substring(0, 23);
        jdbc.update("""
                insert into change_request (number, change_type, payload, village_code, subdistrict_code,
                    district_code, proposed_by, proposed_at, status, stage, overdue, version)
                values (?, ?, ?, ?, '61.12.04', '61.12', 'op-test', ?, 'IN_PROGRESS', 'FIELD_CHECK', false, 0)""", number, type, payload, VILLAGE, Timestamp.from(Instant.now()));
        // Written by SQL, not through the application: its village is marked for the tallies as a write there would.
        jdbc.update("insert into change_progress_tally_mark (village_code) values (?)", VILLAGE);
        jdbc.update("insert into registry_tally_mark (village_code) values (?)", VILLAGE);
        return jdbc.queryForObject("select id from change_request where number = ?", Long.class, number);
    }

    private List<String> niksOf(long changeId) {
        return jdbc.queryForList(
                "select nik from change_request_proposed_nik where change_request_id = ? order by nik",
                String.class,
                changeId);
    }
}
