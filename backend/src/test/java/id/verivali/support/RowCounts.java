package id.verivali.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How many rows the tables hold that a request could write to: the registry, change requests and their decisions,
 * the inbox, deliberations and their minutes, the districts' targets, the audit log, and the engine's runtime and
 * history with the flows it took. Two equal snapshots around a refused request show that it wrote nothing, as long as
 * nothing else runs in between (jobs and the civil-registry worker do not run by themselves in integration tests).
 */
@TestComponent
public class RowCounts {

    static final List<String> TABLES = List.of(
            "household",
            "household_member",
            "change_request",
            "change_request_decision",
            "work_item",
            "deliberation",
            "deliberation_attendee",
            "deliberation_decision",
            "document",
            "supervision_target",
            "audit_event",
            "audit_chain",
            "taken_flow",
            "ACT_RU_EXECUTION",
            "ACT_RU_TASK",
            "ACT_RU_IDENTITYLINK",
            "ACT_RU_VARIABLE",
            "ACT_RU_JOB",
            "ACT_HI_PROCINST",
            "ACT_HI_ACTINST",
            "ACT_HI_TASKINST",
            "ACT_HI_VARINST",
            "ACT_HI_OP_LOG");

    private final JdbcTemplate jdbc;

    RowCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Table by table, in a fixed order, so that a difference reads as the tables that changed. */
    public Map<String, Long> snapshot() {
        var counts = new LinkedHashMap<String, Long>();
        for (var table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }
}
