package id.verivali.resident;

import static org.assertj.core.api.Assertions.assertThat;

import id.verivali.support.AnswerTimes;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A resident checks their own status without an account. Kecamatan Sungai Kakap (61.12.07) serves as theirs. */
@IntegrationTest
class ResidentStatusApiIT {

    private static final String PATH = "/api/public/status";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_resident_whose_nik_and_name_match_sees_the_village_and_where_their_households_change_is() {
        var person = personWithoutChange(0);
        var proposed = api.as(operatorOf(person.village()))
                .post(
                        "/api/change-requests",
                        Map.of("type", "REVERIFY", "householdId", person.household(), "reason", "Verifikasi berkala"));
        assertThat(proposed.status()).isEqualTo(201);
        long auditBefore = audited();

        // As typed on a phone: lower case, a double space.
        var answer =
                ask(person.village(), person.nik(), person.name().toLowerCase().replace(" ", "  "));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("found").asBoolean()).isTrue();
        assertThat(answer.body().get("onRegistry").asBoolean()).isTrue();
        assertThat(answer.body().get("villageCode").asText()).isEqualTo(person.village());
        assertThat(answer.body().get("villageName").asText()).isNotBlank();
        assertThat(answer.body().get("change").get("stage").asText()).isEqualTo("CHECKS");
        assertThat(answer.body().get("change").get("since").asText())
                .isEqualTo(LocalDate.now().toString());
        // Nothing of the household itself: no address, no NIK, no other member.
        assertThat(fieldNames(answer.body()))
                .containsExactlyInAnyOrder("found", "onRegistry", "villageCode", "villageName", "change");
        assertThat(audited()).isEqualTo(auditBefore + 1);
        assertThat(jdbc.queryForObject(
                        "select subject_id from audit_event where action = 'PUBLIC_STATUS_CHECKED' order by id desc"
                                + " limit 1",
                        String.class))
                .isEqualTo(Long.toString(person.household()));
    }

    @Test
    void an_unknown_nik_a_wrong_name_and_another_village_get_the_same_answer_in_the_same_time() {
        var people = new ArrayList<Person>();
        for (int i = 1; i <= 150; i++) {
            people.add(personWithoutChange(i));
        }
        var unknownTimes = new AnswerTimes("unknown NIK");
        var wrongNameTimes = new AnswerTimes("wrong name");
        String unknownBody = null;
        String wrongNameBody = null;
        for (int i = 0; i < people.size(); i++) {
            var person = people.get(i);
            String unknownNik = "611207%010d".formatted(9_000_000_000L + i);
            var unknown = unknownTimes.time(() -> ask(person.village(), unknownNik, person.name()));
            var wrongName = wrongNameTimes.time(() -> ask(person.village(), person.nik(), person.name() + " Saputra"));
            unknownBody = unknown.body().toString();
            wrongNameBody = wrongName.body().toString();
            assertThat(unknown.status()).isEqualTo(200);
            assertThat(wrongName.status()).isEqualTo(200);
        }
        var person = people.get(0);
        var otherVillage = ask("61.12.04.2002", person.nik(), person.name());

        assertThat(unknownBody)
                .isEqualTo(wrongNameBody)
                .isEqualTo(otherVillage.body().toString())
                .isEqualTo("{\"found\":false}");
        AnswerTimes.assertSameTime("status", unknownTimes, wrongNameTimes);
    }

    @Test
    void a_nik_checked_too_often_waits_wherever_it_is_checked_from() {
        var person = personWithoutChange(200);
        for (int i = 0; i < 5; i++) {
            assertThat(ask(person.village(), person.nik(), "Bukan Namanya").status())
                    .isEqualTo(200);
        }

        var refused = ask(person.village(), person.nik(), person.name());

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().getFirst("Retry-After")).isNotBlank();
        assertThat(Long.parseLong(refused.headers().getFirst("Retry-After"))).isPositive();
        assertThat(refused.body().get("detail").asText()).contains("NIK ini sudah terlalu sering dicek");
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_nothing_is_looked_up() {
        var person = personWithoutChange(300);
        long before = audited();

        assertThat(fields(ask("61.12", person.nik(), person.name()))).containsExactly("villageCode");
        assertThat(fields(ask(person.village(), "12345", person.name()))).containsExactly("nik");
        assertThat(fields(ask(person.village(), person.nik(), " "))).containsExactly("name");
        assertThat(fields(ask(person.village(), person.nik(), "A".repeat(101)))).containsExactly("name");
        assertThat(fields(ask(person.village(), person.nik(), "Siti\nAminah"))).containsExactly("name");
        assertThat(audited()).isEqualTo(before);
    }

    private Api.Response ask(String village, String nik, String name) {
        var resident = api.browser().withHeader("X-Forwarded-For", "198.51.100." + (ADDRESSES.incrementAndGet() % 250));
        resident.get("/api/auth/csrf");
        return resident.post(PATH, Map.of("villageCode", village, "nik", nik, "name", name));
    }

    /** The n-th active member of Sungai Kakap whose household has no change, with their village. */
    private Person personWithoutChange(int n) {
        return jdbc.queryForObject(
                """
                select h.id, h.village_code, m.nik, m.name from household_member m join household h on h.id = m.household_id
                where h.village_code like '61.12.07.%' and h.status = 'ACTIVE' and m.status = 'ACTIVE'
                  and not exists (select 1 from change_request c where c.household_id = h.id)
                  and (select count(*) from household_member o where o.nik = m.nik) = 1
                order by m.id limit 1 offset ?""",
                (row, i) -> new Person(
                        row.getLong("id"), row.getString("village_code"), row.getString("nik"), row.getString("name")),
                n);
    }

    private record Person(long household, String village, String nik, String name) {}

    private long audited() {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'PUBLIC_STATUS_CHECKED'", Long.class);
    }

    private static String operatorOf(String village) {
        return "op-" + village.replace(".", "");
    }

    private static List<String> fields(Api.Response problem) {
        assertThat(problem.status()).as(problem.body().toString()).isEqualTo(400);
        return StreamSupport.stream(problem.body().get("errors").spliterator(), false)
                .map(error -> error.get("field").asText())
                .toList();
    }

    private static List<String> fieldNames(com.fasterxml.jackson.databind.JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
