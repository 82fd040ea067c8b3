package id.verivali.workflow.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.Test;

class CamundaSchemaMigrationTest {

    private static final String ALL_PARTS[] = {
        "engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history"
    };

    private static ProcessEngineConfiguration engineOn(String url, String schemaUpdate) {
        return ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setProcessEngineName(url)
                .setJdbcUrl(url)
                .setJdbcUsername("sa")
                .setJdbcPassword("")
                .setDatabaseSchemaUpdate(schemaUpdate)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false);
    }

    @Test
    void creates_every_part_the_engine_checks_for_and_the_engine_starts_on_it_without_creating_anything()
            throws Exception {
        var url = "jdbc:h2:mem:camunda-schema-fresh;DB_CLOSE_DELAY=-1";
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            assertThat(CamundaSchemaMigration.createMissingParts(connection)).containsExactly(ALL_PARTS);

            var engine = engineOn(url, "false").buildProcessEngine();
            try {
                assertThat(engine.getManagementService().getProperties())
                        .containsEntry("schema.version", "fox")
                        .containsEntry("historyLevel", "3");
            } finally {
                engine.close();
            }
            assertThat(CamundaSchemaMigration.createMissingParts(connection)).isEmpty();
        }
    }

    @Test
    void leaves_a_schema_the_engine_created_itself_as_it_is() throws Exception {
        var url = "jdbc:h2:mem:camunda-schema-by-engine;DB_CLOSE_DELAY=-1";
        var engine = engineOn(url, "true").buildProcessEngine();
        engine.close();
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            assertThat(CamundaSchemaMigration.createMissingParts(connection)).isEmpty();
        }
    }

    @Test
    void splits_the_scripts_into_statements_as_the_engine_does() throws Exception {
        var statements =
                CamundaSchemaMigration.statements("org/camunda/bpm/engine/db/create/activiti.mysql.create.engine.sql");

        assertThat(statements)
                .allSatisfy(
                        statement -> assertThat(statement).doesNotEndWith(";").doesNotContain("--"));
        assertThat(statements).anySatisfy(statement -> assertThat(statement).startsWith("create table ACT_RU_TASK ("));
        assertThat(statements).anySatisfy(statement -> assertThat(statement).contains("'7.24.0'"));
    }
}
