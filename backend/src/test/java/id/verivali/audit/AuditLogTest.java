package id.verivali.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AuditLogTest {

    private static final Instant AT = Instant.parse("2026-03-02T01:15:30Z");
    private static final String PREVIOUS = "ab".repeat(32);

    @Test
    void an_event_hashes_its_fields_in_order_joined_by_the_unit_separator() {
        var hash = AuditLog.hash(
                42, AT, "op-6112042002", "HOUSEHOLD_READ", "household", "2639", null, "{\"a\":1}", PREVIOUS);

        assertThat(hash)
                .isEqualTo(sha256(String.join(
                        "\u001f",
                        "42",
                        "2026-03-02T01:15:30Z",
                        "op-6112042002",
                        "HOUSEHOLD_READ",
                        "household",
                        "2639",
                        "{\"a\":1}",
                        PREVIOUS)))
                .hasSize(64)
                .matches("[0-9a-f]{64}");
    }

    @Test
    void an_event_recorded_before_regions_were_kept_hashes_as_it_did_then() {
        // What V6's AuditLog computed for an event without a region, written out independently of the code.
        var before = sha256("7\u001f2026-03-02T01:15:30Z\u001fpusdatin\u001fHOUSEHOLD_READ\u001fhousehold\u001f15"
                + "\u001fnull\u001f" + PREVIOUS);

        assertThat(AuditLog.hash(7, AT, "pusdatin", "HOUSEHOLD_READ", "household", "15", null, null, PREVIOUS))
                .isEqualTo(before);
    }

    @Test
    void a_region_is_hashed_last_so_changing_it_breaks_the_hash() {
        var withRegion =
                AuditLog.hash(7, AT, "pusdatin", "HOUSEHOLD_READ", "household", "15", "61.12.04.2002", null, PREVIOUS);
        var elsewhere =
                AuditLog.hash(7, AT, "pusdatin", "HOUSEHOLD_READ", "household", "15", "61.12.04.2003", null, PREVIOUS);
        var without = AuditLog.hash(7, AT, "pusdatin", "HOUSEHOLD_READ", "household", "15", null, null, PREVIOUS);

        assertThat(withRegion)
                .isEqualTo(sha256("7\u001f2026-03-02T01:15:30Z\u001fpusdatin\u001fHOUSEHOLD_READ\u001fhousehold"
                        + "\u001f15\u001fnull\u001f" + PREVIOUS + "\u001f61.12.04.2002"))
                .isNotEqualTo(elsewhere)
                .isNotEqualTo(without);
    }

    @Test
    void every_field_and_the_previous_hash_count() {
        var base = AuditLog.hash(7, AT, "a", "SIGNED_IN", "account", "a", "61.12", "{}", PREVIOUS);

        assertThat(AuditLog.hash(8, AT, "a", "SIGNED_IN", "account", "a", "61.12", "{}", PREVIOUS))
                .isNotEqualTo(base);
        assertThat(AuditLog.hash(7, AT.plusSeconds(1), "a", "SIGNED_IN", "account", "a", "61.12", "{}", PREVIOUS))
                .isNotEqualTo(base);
        assertThat(AuditLog.hash(7, AT, "b", "SIGNED_IN", "account", "a", "61.12", "{}", PREVIOUS))
                .isNotEqualTo(base);
        assertThat(AuditLog.hash(7, AT, "a", "SIGN_IN_FAILED", "account", "a", "61.12", "{}", PREVIOUS))
                .isNotEqualTo(base);
        assertThat(AuditLog.hash(7, AT, "a", "SIGNED_IN", "account", "a", "61.12", "{ }", PREVIOUS))
                .isNotEqualTo(base);
        assertThat(AuditLog.hash(7, AT, "a", "SIGNED_IN", "account", "a", "61.12", "{}", AuditLog.GENESIS))
                .isNotEqualTo(base);
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception noSha256) {
            throw new IllegalStateException(noSha256);
        }
    }
}
