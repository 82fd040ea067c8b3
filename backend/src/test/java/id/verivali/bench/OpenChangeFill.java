package id.verivali.bench;

import static id.verivali.bpmn.HouseholdChange.VAR_DUE_DATE;
import static id.verivali.bpmn.HouseholdChange.VAR_REMIND_AT;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Fills the database with open household changes by JDBC batches, each a copy of a change the engine really ran (a
 * template per stage), moved to another village of the district, with a household of that village, a number from
 * the district's counter, its own ids and its own due date. Starting them through the engine would take hours.
 */
class OpenChangeFill {

    /** Marks the filled changes, so that a later run knows them; each proposer's key is unique anyway. */
    static final String KEY_PREFIX = "bench-fill-";

    private static final int CHUNK = 500;
    private static final Set<String> ROLES_OF_VILLAGES = Set.of("VILLAGE_OPERATOR", "VILLAGE_HEAD");
    private static final Set<String> ROLES_OF_SUBDISTRICTS = Set.of("SUBDISTRICT_OPERATOR", "SUBDISTRICT_HEAD");

    /** A village, its kecamatan and the active households to propose changes for. */
    record Village(String code, String subdistrictCode, List<Long> households) {}

    /** A real change and the share of the filled changes that copy it. */
    record Template(InstanceRows rows, int weight) {}

    private final DataSource dataSource;
    private final List<Template> templates;
    private final List<Village> villages;
    private final Consumer<String> progress;
    private final ZoneId databaseZone;

    OpenChangeFill(
            DataSource dataSource,
            List<Template> templates,
            List<Village> villages,
            ZoneId databaseZone,
            Consumer<String> progress) {
        this.dataSource = dataSource;
        this.templates = templates;
        this.villages = villages;
        this.databaseZone = databaseZone;
        this.progress = progress;
    }

    /** What the fill wrote. */
    record Filled(int changes, long rows, Duration took) {}

    /** Adds {@code count} open changes, numbered {@code first} onwards among the filled ones. */
    Filled fill(int first, int count) throws SQLException {
        var started = System.nanoTime();
        var lastReport = started;
        long rows = 0;
        try (var connection = dataSource.getConnection()) {
            var mySql = !connection.getMetaData().getDatabaseProductName().equals("H2");
            if (mySql) {
                // MySQL's advice for bulk loads, on this connection only: the copies are consistent by construction.
                try (var settings = connection.createStatement()) {
                    settings.execute("set foreign_key_checks = 0, unique_checks = 0");
                }
            }
            connection.setAutoCommit(false);
            for (int done = 0; done < count; done += CHUNK) {
                rows += fillChunk(connection, first + done, Math.min(CHUNK, count - done));
                connection.commit();
                var now = System.nanoTime();
                if (now - lastReport > 10_000_000_000L || done + CHUNK >= count) {
                    var seconds = (now - started) / 1e9;
                    progress.accept("filled %,d of %,d changes, %,d rows in %.0f s: %,.0f rows/s, %,.0f changes/s"
                            .formatted(
                                    Math.min(done + CHUNK, count),
                                    count,
                                    rows,
                                    seconds,
                                    rows / seconds,
                                    Math.min(done + CHUNK, count) / seconds));
                    lastReport = now;
                }
            }
            if (mySql) {
                // The pool keeps the connection: give it back as it was.
                try (var settings = connection.createStatement()) {
                    settings.execute("set foreign_key_checks = 1, unique_checks = 1");
                }
            }
        }
        return new Filled(count, rows, Duration.ofNanos(System.nanoTime() - started));
    }

    private long fillChunk(Connection connection, int first, int count) throws SQLException {
        var numbers = takeNumbers(connection, count);
        var copies = new ArrayList<Copy>();
        for (int i = 0; i < count; i++) {
            copies.add(copy(first + i, numbers.get(i)));
        }
        long rows = 0;
        for (var template : templates) {
            var mine = copies.stream().filter(c -> c.template == template).toList();
            if (mine.isEmpty()) {
                continue;
            }
            rows += insert(connection, "change_request", mine, Copy::changeRequest);
            var ids = idsOf(connection, mine);
            mine.forEach(c -> c.changeRequestId = ids.get(c.number));
            var tables = new LinkedHashMap<String, List<InstanceRows.Row>>();
            template.rows()
                    .rows()
                    .forEach(row -> tables.computeIfAbsent(row.table(), t -> new ArrayList<>())
                            .add(row));
            for (var table : tables.entrySet()) {
                for (int r = 0; r < table.getValue().size(); r++) {
                    var index = r;
                    rows += insert(
                            connection,
                            table.getKey(),
                            mine,
                            c -> c.row(
                                    table.getKey(), table.getValue().get(index).columns()));
                }
            }
        }
        return rows;
    }

    /** One copy of a template: the values that differ from it. */
    private final class Copy {
        final Template template;
        final String number;
        final long householdId;
        final Duration dueShift;
        final int serial;
        final Map<Object, Object> replacements = new HashMap<>();
        long changeRequestId;

        Copy(Template template, int serial, String number, Village village, long householdId, Duration dueShift) {
            this.template = template;
            this.serial = serial;
            this.number = number;
            this.householdId = householdId;
            this.dueShift = dueShift;
            var change = template.rows().changeRequest();
            var templateVillage = (String) change.get("VILLAGE_CODE");
            var templateSubdistrict = (String) change.get("SUBDISTRICT_CODE");
            replacements.put(change.get("NUMBER"), number);
            replacements.put(templateVillage, village.code());
            replacements.put(templateSubdistrict, village.subdistrictCode());
            for (var role : ROLES_OF_VILLAGES) {
                replacements.put(role + ":" + templateVillage, role + ":" + village.code());
            }
            for (var role : ROLES_OF_SUBDISTRICTS) {
                replacements.put(role + ":" + templateSubdistrict, role + ":" + village.subdistrictCode());
            }
            replacements.put("op-" + digits(templateVillage), "op-" + digits(village.code()));
            replacements.put("kades-" + digits(templateVillage), "kades-" + digits(village.code()));
            replacements.put("tksk-" + digits(templateSubdistrict), "tksk-" + digits(village.subdistrictCode()));
            replacements.put("camat-" + digits(templateSubdistrict), "camat-" + digits(village.subdistrictCode()));
            // New ids for the engine's rows and for the tasks that closed work items remember, so that the copy's
            // rows point at each other. In ascending order, as the engine's own DbIdGenerator gives them: random
            // UUIDs would only slow the fill, every index insert landing on another page.
            for (var row : template.rows().rows()) {
                var id = row.columns().get(row.table().equals("work_item") ? "TASK_ID" : "ID_");
                if (id instanceof String engineId && !replacements.containsKey(engineId)) {
                    replacements.put(engineId, "fill-%010d-%02d".formatted(serial, replacements.size()));
                }
            }
        }

        Map<String, Object> changeRequest() {
            var columns = new LinkedHashMap<>(replaced(template.rows().changeRequest()));
            columns.remove("ID");
            columns.put("HOUSEHOLD_ID", householdId);
            columns.put("IDEMPOTENCY_KEY", KEY_PREFIX + serial);
            columns.put("IDEMPOTENCY_HASH", null);
            columns.put("DUE_DATE", shifted(columns.get("DUE_DATE")));
            return columns;
        }

        Map<String, Object> row(String table, Map<String, Object> template) {
            var columns = replaced(template);
            switch (table) {
                case "change_request_decision" -> {
                    columns.remove("ID");
                    columns.put("CHANGE_REQUEST_ID", changeRequestId);
                }
                case "work_item" -> {
                    columns.put("CHANGE_REQUEST_ID", changeRequestId);
                    columns.put("DUE_DATE", shifted(columns.get("DUE_DATE")));
                }
                case "ACT_RU_TASK" -> columns.put("DUE_DATE_", shifted(columns.get("DUE_DATE_")));
                case "ACT_RU_JOB" -> columns.put("DUEDATE_", shifted(columns.get("DUEDATE_")));
                case "ACT_RU_VARIABLE" -> {
                    var name = columns.get("NAME_");
                    if ((VAR_DUE_DATE.equals(name) || VAR_REMIND_AT.equals(name)) && columns.get("LONG_") != null) {
                        columns.put("LONG_", ((Number) columns.get("LONG_")).longValue() + dueShift.toMillis());
                    }
                }
                default -> {}
            }
            return columns;
        }

        private Map<String, Object> replaced(Map<String, Object> template) {
            var columns = new LinkedHashMap<String, Object>();
            template.forEach((column, value) -> columns.put(column, replacements.getOrDefault(value, value)));
            return columns;
        }

        private Object shifted(Object time) {
            if (time instanceof Timestamp timestamp) {
                return Timestamp.from(timestamp.toInstant().plus(dueShift));
            }
            if (time instanceof LocalDateTime local) {
                return local.plus(dueShift);
            }
            return time;
        }
    }

    /**
     * Copy {@code serial}: 90% wait at the field check, 5% at the village deliberation and 5% at the plenary (by the
     * templates' weights), villages in turn, households of the village in turn, due within the next 30 days.
     */
    private Copy copy(int serial, String number) {
        var totalWeight = templates.stream().mapToInt(Template::weight).sum();
        var slot = serial % totalWeight;
        Template template = null;
        for (var candidate : templates) {
            if (slot < candidate.weight()) {
                template = candidate;
                break;
            }
            slot -= candidate.weight();
        }
        var village = villages.get(serial % villages.size());
        var household = village.households()
                .get((serial / villages.size()) % village.households().size());
        var random = new SplittableRandom(serial);
        var templateDue = dueOf(template);
        var due = Instant.now().plus(Duration.ofMinutes(random.nextLong(60, 30 * 24 * 60)));
        return new Copy(template, serial, number, village, household, Duration.between(templateDue, due));
    }

    private Instant dueOf(Template template) {
        var due = template.rows().changeRequest().get("DUE_DATE");
        if (due instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (due instanceof LocalDateTime local) {
            return local.atZone(databaseZone).toInstant();
        }
        throw new IllegalStateException("The template has no due date: " + due);
    }

    /** Numbers from the district's counter, as proposals take them. */
    private List<String> takeNumbers(Connection connection, int count) throws SQLException {
        var templateNumber = (String) templates.get(0).rows().changeRequest().get("NUMBER");
        var prefix = templateNumber.substring(0, templateNumber.lastIndexOf('-') + 1);
        var district = (String) templates.get(0).rows().changeRequest().get("DISTRICT_CODE");
        var year = Integer.parseInt(prefix.split("-")[2]);
        long last;
        try (var select = connection.prepareStatement(
                "select last_number from change_request_sequence where district_code = ? and number_year = ? for update")) {
            select.setString(1, district);
            select.setInt(2, year);
            try (var result = select.executeQuery()) {
                result.next();
                last = result.getLong(1);
            }
        }
        try (var update = connection.prepareStatement(
                "update change_request_sequence set last_number = ? where district_code = ? and number_year = ?")) {
            update.setLong(1, last + count);
            update.setString(2, district);
            update.setInt(3, year);
            update.executeUpdate();
        }
        var numbers = new ArrayList<String>();
        for (long n = last + 1; n <= last + count; n++) {
            numbers.add(prefix + "%06d".formatted(n));
        }
        return numbers;
    }

    private static Map<String, Long> idsOf(Connection connection, List<Copy> copies) throws SQLException {
        var ids = new HashMap<String, Long>();
        var marks = String.join(",", copies.stream().map(c -> "?").toList());
        try (var select =
                connection.prepareStatement("select id, number from change_request where number in (" + marks + ")")) {
            for (int i = 0; i < copies.size(); i++) {
                select.setString(i + 1, copies.get(i).number);
            }
            try (var result = select.executeQuery()) {
                while (result.next()) {
                    ids.put(result.getString(2), result.getLong(1));
                }
            }
        }
        return ids;
    }

    private static long insert(
            Connection connection,
            String table,
            List<Copy> copies,
            java.util.function.Function<Copy, Map<String, Object>> columnsOf)
            throws SQLException {
        var first = columnsOf.apply(copies.get(0));
        var names = new ArrayList<>(first.keySet());
        var sql = "insert into %s (%s) values (%s)"
                .formatted(
                        table,
                        String.join(", ", names),
                        String.join(", ", names.stream().map(n -> "?").toList()));
        try (var insert = connection.prepareStatement(sql)) {
            for (var copy : copies) {
                var columns = columnsOf.apply(copy);
                for (int i = 0; i < names.size(); i++) {
                    insert.setObject(i + 1, columns.get(names.get(i)));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return copies.size();
    }

    private static String digits(String regionCode) {
        return regionCode.replace(".", "");
    }
}
