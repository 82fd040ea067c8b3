package id.verivali.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A benchmark's report: each line printed as it comes (prefixed {@code [bench]}, so that a build log greps to it) and
 * written at the end to {@code target/bench/<name>-<h2|mysql>.md}.
 */
final class BenchReport {

    private final String name;
    private final List<String> lines = new ArrayList<>();

    BenchReport(String name) {
        this.name = name;
    }

    void print(String line) {
        System.out.println("[bench] " + line);
        lines.add(line);
    }

    void write(DataSource dataSource) throws IOException, SQLException {
        var file = Path.of("target", "bench", name + "-" + (isMySql(dataSource) ? "mysql" : "h2") + ".md");
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
        System.out.println("[bench] written to " + file.toAbsolutePath() + " (" + databaseName(dataSource) + ")");
    }

    /** The machine's one-minute load average: figures taken beside other work say so. */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException unknown) {
            return "unknown";
        }
    }

    static String databaseName(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            var metadata = connection.getMetaData();
            return metadata.getDatabaseProductName() + " " + metadata.getDatabaseProductVersion();
        }
    }

    static boolean isMySql(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            return !connection.getMetaData().getDatabaseProductName().equals("H2");
        }
    }
}
