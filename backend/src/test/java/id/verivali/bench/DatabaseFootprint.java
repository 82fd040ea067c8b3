package id.verivali.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows in every table of a connection's schema, and the schema's size: taken before and after a run, their
 * difference is what the run wrote.
 *
 * @param rows rows per table, by the table's name in upper case
 * @param bytes the schema's size: on MySQL its tables' data and indexes as InnoDB counts them, on H2 the database
 *     file's size
 */
record DatabaseFootprint(Map<String, Long> rows, long bytes) {

    static DatabaseFootprint of(Connection connection, Path h2File) throws SQLException, IOException {
        boolean mySql = !connection.getMetaData().getDatabaseProductName().equals("H2");
        var tables = new ArrayList<String>();
        try (var statement = connection.createStatement();
                var found = statement.executeQuery(
                        mySql
                                ? "select table_name from information_schema.tables"
                                        + " where table_schema = database() and table_type = 'BASE TABLE'"
                                : "select table_name from information_schema.tables"
                                        + " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'")) {
            while (found.next()) {
                tables.add(found.getString(1));
            }
        }
        var rows = new TreeMap<String, Long>();
        for (var table : tables) {
            String quote = connection.getMetaData().getIdentifierQuoteString();
            try (var statement = connection.createStatement();
                    var count = statement.executeQuery("select count(*) from " + quote + table + quote)) {
                count.next();
                rows.put(table.toUpperCase(Locale.ROOT), count.getLong(1));
            }
        }
        long bytes;
        if (mySql) {
            try (var statement = connection.createStatement();
                    var size = statement.executeQuery("select sum(data_length + index_length)"
                            + " from information_schema.tables where table_schema = database()")) {
                size.next();
                bytes = size.getLong(1);
            }
        } else {
            bytes = Files.size(h2File.resolveSibling(h2File.getFileName() + ".mv.db"));
        }
        return new DatabaseFootprint(rows, bytes);
    }

    long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Rows added since {@code before}, by table, the tables that gained none left out. */
    Map<String, Long> addedSince(DatabaseFootprint before) {
        var added = new TreeMap<String, Long>();
        rows.forEach((table, count) -> {
            long gained = count - before.rows().getOrDefault(table, 0L);
            if (gained != 0) {
                added.put(table, gained);
            }
        });
        return added;
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MB", bytes / 1_048_576.0);
    }
}
