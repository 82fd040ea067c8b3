package id.verivali.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The chain check finds each way of tampering with the log in the database, at the first row it breaks. Every test
 * puts the rows back as they were, in {@code finally}: the suites share one database and its one chain.
 */
@IntegrationTest
class AuditChainIT {

    private static final String PATH = "/api/audit/verify";
    private static final String AUDITOR = "auditor-6112";
    /** Batu Ampar's operator: the events tampered with are this account's reads of its own village's households. */
    private static final String OPERATOR = "op-6112052001";

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    /** Three fresh events at the end of the chain, oldest first. */
    private List<Long> events;

    @BeforeEach
    void threeFreshEvents() {
        long household = jdbc.queryForObject(
                "select min(id) from household where village_code = ?", Long.class, "61.12.05.2001");
        for (int i = 0; i < 3; i++) {
            assertThat(api.as(OPERATOR).get("/api/households/" + household).status())
                    .isEqualTo(200);
        }
        long last = head().lastId();
        events = List.of(last - 2, last - 1, last);
        assertThat(jdbc.queryForList(
                        "select actor from audit_event where id between ? and ? order by id",
                        String.class,
                        events.get(0),
                        events.get(2)))
                .containsExactly(OPERATOR, OPERATOR, OPERATOR);
    }

    @Test
    void an_untouched_chain_is_valid_up_to_its_head() {
        var head = head();

        var check = verify();

        assertThat(check.get("valid").asBoolean()).isTrue();
        assertThat(check.get("checked").asLong()).isEqualTo(head.lastId());
        assertThat(check.get("lastId").asLong()).isEqualTo(head.lastId());
        assertThat(check.get("lastHash").asText()).isEqualTo(head.lastHash());
        assertThat(Instant.parse(check.get("checkedAt").asText()))
                .isBefore(Instant.now().plusSeconds(1));
        assertThat(check.has("firstBrokenId")).isFalse();
        assertThat(check.has("problem")).isFalse();
    }

    @Test
    void only_auditors_check_the_chain() {
        for (var other : List.of("pusdatin", "supervisor-6112", "dinsos-6112", OPERATOR, "admin")) {
            assertThat(api.as(other).get(PATH).status()).as(other).isEqualTo(403);
        }
        assertThat(api.anonymous().get(PATH).status()).isEqualTo(401);
    }

    @Test
    void edited_details_break_that_rows_hash() {
        long edited = events.get(1);
        var original = jdbc.queryForObject("select details from audit_event where id = ?", String.class, edited);
        try {
            jdbc.update("update audit_event set details = ? where id = ?", "{\"note\":\"nothing to see\"}", edited);

            assertBroken(verify(), edited, "HASH_MISMATCH");
        } finally {
            jdbc.update("update audit_event set details = ? where id = ?", original, edited);
        }
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void another_actor_breaks_that_rows_hash() {
        long edited = events.get(0);
        try {
            jdbc.update("update audit_event set actor = ? where id = ?", "pusdatin", edited);

            assertBroken(verify(), edited, "HASH_MISMATCH");
        } finally {
            jdbc.update("update audit_event set actor = ? where id = ?", OPERATOR, edited);
        }
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void a_deleted_row_is_missing() {
        long deleted = events.get(1);
        var row = row(deleted);
        try {
            jdbc.update("delete from audit_event where id = ?", deleted);

            assertBroken(verify(), deleted, "MISSING_ROW");
        } finally {
            restore(row);
        }
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void a_row_rehashed_after_an_edit_breaks_the_link_of_the_row_after_it() {
        long edited = events.get(1);
        var row = row(edited);
        try {
            // A forger who knows the hash rule edits a row and writes its new hash: the next row still names the old.
            var forged = AuditLog.hash(
                    edited,
                    ((Timestamp) row.get("occurred_at")).toInstant(),
                    "pusdatin",
                    (String) row.get("action"),
                    (String) row.get("subject_type"),
                    (String) row.get("subject_id"),
                    (String) row.get("region_code"),
                    (String) row.get("details"),
                    (String) row.get("previous_hash"));
            jdbc.update("update audit_event set actor = ?, hash = ? where id = ?", "pusdatin", forged, edited);

            assertBroken(verify(), events.get(2), "BROKEN_LINK");
        } finally {
            jdbc.update("delete from audit_event where id = ?", edited);
            restore(row);
        }
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void a_changed_previous_hash_breaks_that_rows_link() {
        long edited = events.get(2);
        var original = jdbc.queryForObject("select previous_hash from audit_event where id = ?", String.class, edited);
        try {
            jdbc.update("update audit_event set previous_hash = ? where id = ?", "f".repeat(64), edited);

            assertBroken(verify(), edited, "BROKEN_LINK");
        } finally {
            jdbc.update("update audit_event set previous_hash = ? where id = ?", original, edited);
        }
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void a_head_that_names_another_hash_does_not_match() {
        var head = head();
        try {
            jdbc.update("update audit_chain set last_hash = ? where id = 1", "e".repeat(64));

            // Every row is intact; only the head disagrees with the last one.
            assertBroken(verify(), head.lastId(), "HEAD_MISMATCH", head.lastId());
        } finally {
            jdbc.update("update audit_chain set last_hash = ? where id = 1", head.lastHash());
        }
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void the_last_row_deleted_is_missing_where_the_head_still_counts_it() {
        long last = events.get(2);
        var row = row(last);
        try {
            jdbc.update("delete from audit_event where id = ?", last);

            assertBroken(verify(), last, "MISSING_ROW");
        } finally {
            restore(row);
        }
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void a_row_slipped_in_behind_the_heads_back_does_not_match_it() {
        var head = head();
        long slipped = head.lastId() + 1;
        var row = new LinkedHashMap<>(row(head.lastId()));
        row.put("id", slipped);
        row.put("previous_hash", head.lastHash());
        try {
            restore(row);

            assertBroken(verify(), slipped, "HEAD_MISMATCH");
        } finally {
            jdbc.update("delete from audit_event where id = ?", slipped);
        }
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    private JsonNode verify() {
        var answer = api.as(AUDITOR).get(PATH);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer.body();
    }

    /** Broken there, with that problem, the rows before it counted as checked, and nothing of any row's content. */
    private static void assertBroken(JsonNode check, long id, String problem) {
        assertBroken(check, id, problem, id - 1);
    }

    private static void assertBroken(JsonNode check, long id, String problem, long checked) {
        assertThat(check.get("valid").asBoolean()).as(check.toString()).isFalse();
        assertThat(check.get("firstBrokenId").asLong()).as(check.toString()).isEqualTo(id);
        assertThat(check.get("problem").asText()).isEqualTo(problem);
        assertThat(check.get("checked").asLong()).isEqualTo(checked);
        var fields = new ArrayList<String>();
        check.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("valid", "checked", "firstBrokenId", "problem", "checkedAt");
    }

    private record Head(long lastId, String lastHash) {}

    private Head head() {
        return jdbc.queryForObject(
                "select last_id, last_hash from audit_chain where id = 1",
                (row, i) -> new Head(row.getLong("last_id"), row.getString("last_hash")));
    }

    /** A row as it is stored, with its time as a timestamp on every database. */
    private Map<String, Object> row(long id) {
        return jdbc.queryForObject(
                "select * from audit_event where id = ?",
                (rs, i) -> {
                    var row = new LinkedHashMap<String, Object>();
                    row.put("id", rs.getLong("id"));
                    row.put("occurred_at", rs.getTimestamp("occurred_at"));
                    for (var column : List.of(
                            "actor",
                            "action",
                            "subject_type",
                            "subject_id",
                            "region_code",
                            "details",
                            "previous_hash",
                            "hash")) {
                        row.put(column, rs.getString(column));
                    }
                    return row;
                },
                id);
    }

    private void restore(Map<String, Object> row) {
        jdbc.update("""
                insert into audit_event (id, occurred_at, actor, action, subject_type, subject_id, region_code,
                    details, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", row.values().toArray());
    }
}
