package id.verivali.bench;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every row that one open household change keeps in the database, read from a change the engine really ran: its
 * change request and decisions, its work item, and the engine's runtime rows (executions, task, candidate group,
 * variables and their byte arrays, timer jobs, the withdrawal's message subscription). The history tables are left
 * out: neither an inbox nor a task completion reads them.
 */
record InstanceRows(Map<String, Object> changeRequest, List<Row> rows) {

    /** A row of a table, its columns in the table's order. */
    record Row(String table, Map<String, Object> columns) {}

    static InstanceRows read(Connection connection, long changeRequestId) throws SQLException {
        var change = one(connection, "select * from change_request where id = ?", changeRequestId);
        var processInstance = (String) change.get("PROCESS_INSTANCE_ID");
        var rows = new ArrayList<Row>();
        // In insert order, so that every foreign key finds its row.
        var variables = all(connection, "select * from ACT_RU_VARIABLE where PROC_INST_ID_ = ?", processInstance);
        for (var variable : variables) {
            if (variable.get("BYTEARRAY_ID_") != null) {
                add(
                        rows,
                        "ACT_GE_BYTEARRAY",
                        all(connection, "select * from ACT_GE_BYTEARRAY where ID_ = ?", variable.get("BYTEARRAY_ID_")));
            }
        }
        add(
                rows,
                "ACT_RU_EXECUTION",
                parentsFirst(
                        all(connection, "select * from ACT_RU_EXECUTION where PROC_INST_ID_ = ?", processInstance)));
        add(rows, "ACT_RU_TASK", all(connection, "select * from ACT_RU_TASK where PROC_INST_ID_ = ?", processInstance));
        add(rows, "ACT_RU_IDENTITYLINK", all(connection, """
                select l.* from ACT_RU_IDENTITYLINK l join ACT_RU_TASK t on t.ID_ = l.TASK_ID_
                where t.PROC_INST_ID_ = ?""", processInstance));
        add(rows, "ACT_RU_VARIABLE", variables);
        add(
                rows,
                "ACT_RU_JOB",
                all(connection, "select * from ACT_RU_JOB where PROCESS_INSTANCE_ID_ = ?", processInstance));
        add(
                rows,
                "ACT_RU_EVENT_SUBSCR",
                all(connection, "select * from ACT_RU_EVENT_SUBSCR where PROC_INST_ID_ = ?", processInstance));
        add(
                rows,
                "ACT_RU_EXT_TASK",
                all(connection, "select * from ACT_RU_EXT_TASK where PROC_INST_ID_ = ?", processInstance));
        add(
                rows,
                "change_request_decision",
                all(connection, "select * from change_request_decision where change_request_id = ?", changeRequestId));
        add(
                rows,
                "work_item",
                all(connection, "select * from work_item where process_instance_id = ?", processInstance));
        return new InstanceRows(change, rows);
    }

    /** How many rows of each table one change keeps. */
    Map<String, Integer> rowsPerTable() {
        var counts = new LinkedHashMap<String, Integer>();
        counts.put("change_request", 1);
        rows.forEach(row -> counts.merge(row.table(), 1, Integer::sum));
        return counts;
    }

    private static void add(List<Row> rows, String table, List<Map<String, Object>> found) {
        found.forEach(columns -> rows.add(new Row(table, columns)));
    }

    /** Executions ordered so that a parent comes before its children. */
    private static List<Map<String, Object>> parentsFirst(List<Map<String, Object>> executions) {
        var ordered = new ArrayList<Map<String, Object>>();
        var placed = new HashSet<Object>();
        while (ordered.size() < executions.size()) {
            var before = ordered.size();
            for (var execution : executions) {
                var parent = execution.get("PARENT_ID_");
                if (!placed.contains(execution.get("ID_")) && (parent == null || placed.contains(parent))) {
                    ordered.add(execution);
                    placed.add(execution.get("ID_"));
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("Executions whose parents are elsewhere: " + executions);
            }
        }
        return ordered;
    }

    private static Map<String, Object> one(Connection connection, String sql, Object parameter) throws SQLException {
        var found = all(connection, sql, parameter);
        if (found.size() != 1) {
            throw new IllegalStateException(found.size() + " rows for " + sql + " with " + parameter);
        }
        return found.get(0);
    }

    /** Rows with upper-case column names (H2 and MySQL report them in different cases). */
    private static List<Map<String, Object>> all(Connection connection, String sql, Object parameter)
            throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (var result = statement.executeQuery()) {
                var rows = new ArrayList<Map<String, Object>>();
                while (result.next()) {
                    rows.add(columns(result));
                }
                return rows;
            }
        }
    }

    private static Map<String, Object> columns(ResultSet result) throws SQLException {
        var metadata = result.getMetaData();
        var columns = new LinkedHashMap<String, Object>();
        for (int i = 1; i <= metadata.getColumnCount(); i++) {
            var value = result.getObject(i);
            // Large objects live only as long as the result: keep their contents.
            if (value instanceof Clob text) {
                value = text.getSubString(1, (int) text.length());
            } else if (value instanceof Blob bytes) {
                value = bytes.getBytes(1, (int) bytes.length());
            }
            columns.put(metadata.getColumnLabel(i).toUpperCase(Locale.ROOT), value);
        }
        return columns;
    }
}
