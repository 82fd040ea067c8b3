package id.verivali.workflow.schema;

import static org.assertj.core.api.Assertions.assertThat;

import id.verivali.support.IntegrationTest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class CamundaSchemaIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Flyway flyway;

    @Autowired
    ManagementService management;

    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Test
    void flyway_creates_camundas_schema_and_the_engine_only_checks_it() {
        assertThat(Arrays.stream(flyway.info().applied())
                        .filter(migration -> migration.getState().isApplied()
                                && !migration.getState().isFailed())
                        .map(migration -> migration.getVersion().getVersion()))
                .contains("8", "9", "21", "22");
        assertThat(management.getProperties()).containsEntry("historyLevel", "30");
        assertThat(jdbc.queryForObject("select VERSION_ from ACT_GE_SCHEMA_LOG where ID_ = '0'", String.class))
                .isEqualTo("7.24.0");
    }

    @Test
    void every_task_completion_finds_subtasks_through_an_index() throws SQLException {
        assertThat(indexedColumns("ACT_RU_TASK")).contains("PARENT_TASK_ID_");
    }

    @Test
    void the_job_executor_takes_due_jobs_by_due_date_through_an_index() throws SQLException {
        assertThat(engine.isEnsureJobDueDateNotNull()).isTrue();
        assertThat(engine.isJobExecutorAcquireByDueDate()).isTrue();
        assertThat(indexedColumns("ACT_RU_JOB")).contains("DUEDATE_");
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_JOB where DUEDATE_ is null", Long.class))
                .as("jobs the acquisition would never take")
                .isZero();
    }

    private List<String> indexedColumns(String table) throws SQLException {
        var columns = new ArrayList<String>();
        try (var connection = dataSource.getConnection();
                var indexes = connection
                        .getMetaData()
                        .getIndexInfo(connection.getCatalog(), connection.getSchema(), table, false, false)) {
            while (indexes.next()) {
                if (indexes.getString("COLUMN_NAME") != null) {
                    columns.add(indexes.getString("COLUMN_NAME").toUpperCase());
                }
            }
        }
        return columns;
    }
}
