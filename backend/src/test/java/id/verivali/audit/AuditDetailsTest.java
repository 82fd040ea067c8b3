package id.verivali.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditDetailsTest {

    @Test
    void a_proposal_keeps_its_payload_as_json_and_leaves_out_what_it_lacks() {
        var details = new AuditDetails.ChangeProposed(
                "CR-6112-2026-000001",
                "UPDATE",
                null,
                "Pindah rumah",
                null,
                15L,
                null,
                "{\"update\":{\"address\":\"Jl. Baru 7\"}}");

        assertThat(details.json())
                .isEqualTo("{\"number\":\"CR-6112-2026-000001\",\"type\":\"UPDATE\",\"reason\":\"Pindah rumah\","
                        + "\"householdId\":15,\"payload\":{\"update\":{\"address\":\"Jl. Baru 7\"}}}");
    }

    @Test
    void a_decision_writes_its_reference_date_as_an_iso_date() {
        var details = new AuditDetails.TaskDecided(
                "CR-6112-2026-000001",
                "DISTRICT_APPROVAL",
                "APPROVE",
                null,
                null,
                "400/117/DINSOS-KKR/2026",
                LocalDate.of(2026, 3, 17));

        assertThat(details.json())
                .isEqualTo("{\"number\":\"CR-6112-2026-000001\",\"stage\":\"DISTRICT_APPROVAL\","
                        + "\"decision\":\"APPROVE\",\"reference\":\"400/117/DINSOS-KKR/2026\","
                        + "\"referenceDate\":\"2026-03-17\"}");
    }

    @Test
    void a_new_household_was_applied_with_nothing_before_it() {
        var details = new AuditDetails.ChangeApplied("CR-6112-2026-000002", null, Map.of("status", "ACTIVE"));

        assertThat(details.json())
                .isEqualTo("{\"number\":\"CR-6112-2026-000002\",\"before\":null,\"after\":{\"status\":\"ACTIVE\"}}");
    }

    @Test
    void a_deliberation_lists_its_attendees_and_decided_changes() {
        var details = new AuditDetails.DeliberationHeld(
                "VILLAGE",
                LocalDate.of(2026, 3, 2),
                "Balai Desa",
                "BA/1/MUSDES/2026",
                9,
                "cd".repeat(32),
                List.of("Kepala Desa", "Ketua BPD"),
                List.of(new AuditDetails.DeliberationHeld.Decided(3, "CR-6112-2026-000003", "APPROVE")));

        assertThat(details.json())
                .isEqualTo("{\"level\":\"VILLAGE\",\"heldOn\":\"2026-03-02\",\"place\":\"Balai Desa\","
                        + "\"minutesNumber\":\"BA/1/MUSDES/2026\",\"minutesDocumentId\":9,\"minutesSha256\":\""
                        + "cd".repeat(32) + "\",\"attendees\":[\"Kepala Desa\",\"Ketua BPD\"],\"decisions\":"
                        + "[{\"changeRequestId\":3,\"number\":\"CR-6112-2026-000003\",\"decision\":\"APPROVE\"}]}");
    }
}
