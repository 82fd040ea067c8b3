package id.verivali.workflow;

import static id.verivali.bpmn.HouseholdChange.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.verivali.changerequest.ChangeRequestView;
import id.verivali.changerequest.ChangeStatus;
import id.verivali.changerequest.Stage;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.Relationship;
import id.verivali.household.Sex;
import id.verivali.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The civil-registry check through the real process and the embedded worker, against the demo's population table.
 * Households come from the rest of Kecamatan Terentang, chosen by what the population table says of their members.
 */
@IntegrationTest
@Import(ChangeDriver.class)
class CivilRegistryCheckIT {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** On {@code h}: every active member is on the population table, alive, with the registry's name and birth date. */
    private static final String EVERYONE_MATCHES = """
            not exists (select 1 from household_member m where m.household_id = h.id and m.status = 'ACTIVE'
                        and not exists (select 1 from population p where p.nik = m.nik and p.status = 'ALIVE'
                                        and p.name = m.name and p.birth_date = m.birth_date))""";

    /** On {@code h}: the population table lists every active member as dead (a ghost household of the dead). */
    private static final String EVERYONE_DIED = """
            not exists (select 1 from household_member m where m.household_id = h.id and m.status = 'ACTIVE'
                        and not exists (select 1 from population p where p.nik = m.nik and p.status = 'DECEASED'))""";

    /** On {@code h}: everyone alive and born as registered, one under the registry's name and one under another. */
    private static final String ONE_UNDER_ANOTHER_NAME = """
            not exists (select 1 from household_member m where m.household_id = h.id and m.status = 'ACTIVE'
                        and not exists (select 1 from population p where p.nik = m.nik and p.status = 'ALIVE'
                                        and p.birth_date = m.birth_date))
            and exists (select 1 from household_member m join population p on p.nik = m.nik
                        where m.household_id = h.id and m.status = 'ACTIVE' and p.name = m.name)
            and exists (select 1 from household_member m join population p on p.nik = m.nik
                        where m.household_id = h.id and m.status = 'ACTIVE' and p.name <> m.name)""";

    @Autowired
    ChangeDriver driver;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ExternalTaskService externalTasks;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void fixClock() {
        ClockUtil.setCurrentTime(Date.from(NOW));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void a_household_whose_people_all_match_is_matched() {
        long household = driver.untouchedTerentangHousehold(EVERYONE_MATCHES);

        var change = driver.check(driver.proposeReverification(household));

        assertThat(change.stage()).isEqualTo(Stage.FIELD_CHECK);
        assertThat(change.civilRegistryResult()).isEqualTo("MATCHED");
        assertThat(matches(change)).isEqualTo(each(driver.activeNiks(household), "MATCHED"));
    }

    @Test
    void a_ghost_household_of_the_dead_is_deceased() {
        long household = driver.untouchedTerentangHousehold(EVERYONE_DIED);

        var change = driver.check(driver.proposeReverification(household));

        assertThat(change.stage()).isEqualTo(Stage.FIELD_CHECK);
        assertThat(change.civilRegistryResult()).isEqualTo("DECEASED");
        assertThat(matches(change)).isEqualTo(each(driver.activeNiks(household), "DECEASED"));
    }

    @Test
    void one_member_under_another_name_outweighs_the_others_matching() {
        long household = driver.untouchedTerentangHousehold(ONE_UNDER_ANOTHER_NAME);
        var underAnotherName = jdbc.queryForObject("""
                select min(m.nik) from household_member m join population p on p.nik = m.nik
                where m.household_id = ? and m.status = 'ACTIVE' and p.name <> m.name""", String.class, household);

        var change = driver.check(driver.proposeReverification(household));

        assertThat(change.civilRegistryResult()).isEqualTo("NOT_MATCHED");
        assertThat(matches(change))
                .containsOnlyKeys(driver.activeNiks(household))
                .containsEntry(underAnotherName, "NOT_MATCHED")
                .containsValue("MATCHED");
    }

    @Test
    void a_new_household_with_a_baby_the_civil_registry_does_not_know_yet_goes_to_the_field_check() {
        // An adult the civil registry knows but the list does not: whom a new household's proposal brings in.
        var head = jdbc.queryForObject(
                """
                select nik, name, birth_date, sex from population
                where nik = (select min(p.nik) from population p
                             where p.village_code = ? and p.status = 'ALIVE' and p.birth_date < ?
                               and not exists (select 1 from household_member m where m.nik = p.nik))""",
                (rs, row) -> new NewMember(
                        rs.getString("nik"),
                        rs.getString("name"),
                        rs.getDate("birth_date").toLocalDate(),
                        Sex.valueOf(rs.getString("sex")),
                        Relationship.HEAD),
                ChangeDriver.TERENTANG_HILIR,
                LocalDate.of(1996, 1, 1));
        var born = LocalDate.of(2025, 10, 5);
        var baby = new NewMember(driver.freshNik(born, Sex.FEMALE), "Nur Aisyah", born, Sex.FEMALE, Relationship.CHILD);

        var change = driver.check(driver.proposeNewHousehold(driver.newHousehold(List.of(head, baby))));

        assertThat(change.status()).isEqualTo(ChangeStatus.IN_PROGRESS);
        assertThat(change.stage()).isEqualTo(Stage.FIELD_CHECK);
        assertThat(change.civilRegistryResult()).isEqualTo("NIK_UNKNOWN");
        assertThat(matches(change)).isEqualTo(Map.of(head.nik(), "MATCHED", baby.nik(), "NIK_UNKNOWN"));
    }

    @Test
    void a_failing_check_is_retried_after_each_backoff_then_waits_in_an_incident_until_a_person_fixes_it() {
        var change = driver.proposeReverification(driver.untouchedTerentangHousehold("1 = 1"));
        driver.runJobs(change);
        TypedValue persons = runtime.getVariableTyped(change.processInstanceId(), VAR_PERSONS_TO_MATCH, false);
        runtime.setVariable(change.processInstanceId(), VAR_PERSONS_TO_MATCH, "bukan JSON");

        var firstFailure = pollAt(NOW);
        assertThat(checkOf(change).getErrorMessage()).startsWith("JsonParseException");
        assertWaits(change, 3, firstFailure.plus(Duration.ofMinutes(1)));
        pollAt(firstFailure.plus(Duration.ofMinutes(1)).minusSeconds(1));
        assertWaits(change, 3, firstFailure.plus(Duration.ofMinutes(1)));

        var secondFailure = pollAt(firstFailure.plus(Duration.ofMinutes(1)));
        assertWaits(change, 2, secondFailure.plus(Duration.ofMinutes(5)));
        var thirdFailure = pollAt(secondFailure.plus(Duration.ofMinutes(5)));
        assertWaits(change, 1, thirdFailure.plus(Duration.ofMinutes(30)));
        assertThat(openIncidents(change)).isEmpty();

        pollAt(thirdFailure.plus(Duration.ofMinutes(30)));

        assertThat(checkOf(change).getRetries()).isZero();
        assertThat(openIncidents(change)).singleElement().satisfies(incident -> {
            assertThat(incident.getIncidentType()).isEqualTo(Incident.EXTERNAL_TASK_HANDLER_TYPE);
            assertThat(incident.getActivityId()).isEqualTo(TASK_CIVIL_REGISTRY_CHECK);
            assertThat(incident.getConfiguration()).isEqualTo(checkOf(change).getId());
            assertThat(incident.getIncidentMessage()).startsWith("JsonParseException");
        });
        pollAt(thirdFailure.plus(Duration.ofDays(1)));
        assertThat(checkOf(change).getRetries())
                .as("nobody retries it but a person")
                .isZero();
        assertThat(driver.reload(change).status()).isEqualTo(ChangeStatus.IN_PROGRESS);
        assertThat(driver.reload(change).stage()).isEqualTo(Stage.CHECKS);

        runtime.setVariable(change.processInstanceId(), VAR_PERSONS_TO_MATCH, persons);
        externalTasks.setRetries(checkOf(change).getId(), 1);
        pollAt(thirdFailure.plus(Duration.ofDays(1)));

        assertThat(openIncidents(change)).isEmpty();
        assertThat(checkOf(change)).isNull();
        assertThat(driver.reload(change).stage()).isEqualTo(Stage.FIELD_CHECK);
        assertThat(driver.reload(change).civilRegistryResult()).isNotNull();
    }

    /** Polls with the engine's clock at the given time; returns it. */
    private Instant pollAt(Instant time) {
        ClockUtil.setCurrentTime(Date.from(time));
        driver.pollWorker();
        return time;
    }

    /** The check failed and waits, by the worker's lock, until the next attempt. */
    private void assertWaits(ChangeRequestView change, int retriesLeft, Instant nextAttempt) {
        var check = checkOf(change);
        assertThat(check.getRetries()).isEqualTo(retriesLeft);
        assertThat(check.getWorkerId()).isEqualTo(CivilRegistryWorker.WORKER_ID);
        assertThat(check.getLockExpirationTime().toInstant()).isEqualTo(nextAttempt);
    }

    /** The civil registry's answer per NIK, as the worker reported it to the process. */
    private Map<String, String> matches(ChangeRequestView change) {
        var text = (String) runtime.getVariable(change.processInstanceId(), VAR_CIVIL_REGISTRY_MATCHES);
        try {
            return JSON.readValue(text, new TypeReference<>() {});
        } catch (Exception notJson) {
            throw new AssertionError("Not the worker's JSON: " + text, notJson);
        }
    }

    private static Map<String, String> each(List<String> niks, String answer) {
        return niks.stream().collect(Collectors.toMap(Function.identity(), nik -> answer));
    }

    private ExternalTask checkOf(ChangeRequestView change) {
        return externalTasks
                .createExternalTaskQuery()
                .processInstanceId(change.processInstanceId())
                .singleResult();
    }

    private List<Incident> openIncidents(ChangeRequestView change) {
        return runtime.createIncidentQuery()
                .processInstanceId(change.processInstanceId())
                .list();
    }
}
