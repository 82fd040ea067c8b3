package id.verivali.workflow.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway's V8: Camunda's tables, made by the create scripts that ship inside the camunda-engine jar (7.24) for the
 * database in use, so that the schema comes from migrations rather than from nodes racing at start-up, and later
 * migrations can index the engine's tables. The engine only checks the schema ({@code schema-update: false}) and
 * records its history level on its first start.
 *
 * <p>Each part of the schema (engine, history, identity, case and decision engine and history, the parts the engine
 * checks for with its defaults and history level FULL) is skipped when its first table exists: a database the engine
 * created before this migration keeps its tables. An engine upgrade brings its own migration running Camunda's
 * upgrade scripts where {@code ACT_GE_SCHEMA_LOG} shows an older version.
 */
@Component
class CamundaSchemaMigration implements JavaMigration {

    private static final String SCRIPTS = "org/camunda/bpm/engine/db/create/activiti.%s.create.%s.sql";

    /** In the engine's own order, each with the table Camunda looks for to tell whether the part is there. */
    private static final List<Part> PARTS = List.of(
            new Part("engine", "ACT_RU_EXECUTION"),
            new Part("history", "ACT_HI_PROCINST"),
            new Part("identity", "ACT_ID_USER"),
            new Part("case.engine", "ACT_RE_CASE_DEF"),
            new Part("case.history", "ACT_HI_CASEINST"),
            new Part("decision.engine", "ACT_RE_DECISION_DEF"),
            new Part("decision.history", "ACT_HI_DECINST"));

    private record Part(String name, String firstTable) {}

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("8");
    }

    @Override
    public String getDescription() {
        return "camunda schema";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        // MySQL commits each CREATE TABLE by itself anyway.
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException, IOException {
        createMissingParts(context.getConnection());
    }

    /** Creates the parts of Camunda's schema the database lacks; returns their names. */
    static List<String> createMissingParts(Connection connection) throws SQLException, IOException {
        var database = camundaDatabaseType(connection);
        var created = new ArrayList<String>();
        for (var part : PARTS) {
            if (!tableExists(connection, part.firstTable())) {
                for (var statement : statements(SCRIPTS.formatted(database, part.name()))) {
                    try (var jdbc = connection.createStatement()) {
                        jdbc.execute(statement);
                    }
                }
                created.add(part.name());
            }
        }
        return created;
    }

    /** The name of Camunda's scripts for the database: H2, or MySQL (which MariaDB answers to through Connector/J). */
    private static String camundaDatabaseType(Connection connection) throws SQLException {
        var product = connection.getMetaData().getDatabaseProductName();
        return switch (product.toLowerCase(Locale.ROOT)) {
            case "h2" -> "h2";
            case "mysql", "mariadb" -> "mysql";
            default -> throw new IllegalStateException("Verivali runs Camunda on H2 or MySQL, not on " + product);
        };
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        var metadata = connection.getMetaData();
        // Unquoted names are upper case on H2; MySQL keeps the scripts' case unless it folds names to lower case.
        for (var name : List.of(table, table.toLowerCase(Locale.ROOT))) {
            try (var found =
                    metadata.getTables(connection.getCatalog(), connection.getSchema(), name, new String[] {"TABLE"})) {
                if (found.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The script's statements, split as the engine splits them: comment lines dropped, a statement ends with ';'. */
    static List<String> statements(String resource) throws IOException {
        var script = CamundaSchemaMigration.class.getClassLoader().getResourceAsStream(resource);
        if (script == null) {
            throw new IllegalStateException("The camunda-engine jar has no " + resource);
        }
        var statements = new ArrayList<String>();
        try (var lines = new BufferedReader(new InputStreamReader(script, StandardCharsets.UTF_8))) {
            var statement = new StringBuilder();
            for (var line = lines.readLine(); line != null; line = lines.readLine()) {
                var trimmed = line.trim();
                if (trimmed.isEmpty() || trimmed.startsWith("--") || trimmed.startsWith("#")) {
                    continue;
                }
                if (trimmed.endsWith(";")) {
                    statement.append(trimmed, 0, trimmed.length() - 1);
                    statements.add(statement.toString());
                    statement.setLength(0);
                } else {
                    statement.append(trimmed).append(' ');
                }
            }
            if (!statement.toString().isBlank()) {
                statements.add(statement.toString().trim());
            }
        }
        return statements;
    }
}
