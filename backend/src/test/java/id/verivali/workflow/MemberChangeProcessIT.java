package id.verivali.workflow;

import static id.verivali.bpmn.HouseholdChange.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.verivali.changerequest.ChangeRequestView;
import id.verivali.changerequest.ChangeStatus;
import id.verivali.changerequest.Decision;
import id.verivali.changerequest.DecisionView;
import id.verivali.changerequest.Stage;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.Relationship;
import id.verivali.household.RemovalReason;
import id.verivali.household.Sex;
import id.verivali.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Member changes through every level of the real process, on households of the rest of Kecamatan Terentang. The engine's
 * clock stands on 20 March 2026, after the cut-off: a change the district approves waits for April's cycle.
 */
@IntegrationTest
@Import(ChangeDriver.class)
class MemberChangeProcessIT {

    private static final String TWO_OR_MORE_ACTIVE_MEMBERS =
            "(select count(*) from household_member m where m.household_id = h.id and m.status = 'ACTIVE') >= 2";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ChangeDriver driver;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void afterTheCutOff() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-20T02:00:00Z")));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void an_approved_new_member_is_added_and_nothing_else_of_the_household_changes() {
        long household = driver.untouchedTerentangHousehold("1 = 1");
        var householdBefore = driver.householdRow(household);
        var membersBefore = driver.memberRows(household);
        var born = LocalDate.of(2025, 11, 2);
        var baby = new NewMember(driver.freshNik(born, Sex.MALE), "Muhammad Rizki", born, Sex.MALE, Relationship.CHILD);

        var change = approvedAndApplied(driver.proposeNewMember(household, baby));

        assertThat(change.status()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(change.stage()).isEqualTo(Stage.DONE);
        assertThat(driver.householdRow(household)).isEqualTo(householdBefore);
        var membersAfter = driver.memberRows(household);
        assertThat(membersAfter).hasSize(membersBefore.size() + 1);
        assertThat(membersAfter.subList(0, membersBefore.size())).isEqualTo(membersBefore);
        var added = membersAfter.get(membersBefore.size());
        assertThat(((Number) added.get("id")).longValue()).isEqualTo(change.memberId());
        assertThat(added)
                .containsEntry("nik", baby.nik())
                .containsEntry("name", "Muhammad Rizki")
                .containsEntry("sex", "MALE")
                .containsEntry("relationship", "CHILD")
                .containsEntry("status", "ACTIVE")
                // The civil registry has not heard of the baby yet: the field check saw that and approved.
                .containsEntry("civil_registry_status", "NIK_UNKNOWN");
        assertThat(added.get("birth_date")).hasToString("2025-11-02");
    }

    @Test
    void an_approved_removal_of_a_member_who_died_marks_only_that_member_removed() {
        long household = driver.untouchedTerentangHousehold(TWO_OR_MORE_ACTIVE_MEMBERS);
        long died = jdbc.queryForObject(
                "select min(id) from household_member where household_id = ? and status = 'ACTIVE'"
                        + " and relationship <> 'HEAD'",
                Long.class,
                household);
        var householdBefore = driver.householdRow(household);
        var membersBefore = driver.memberRows(household);

        var change = approvedAndApplied(driver.proposeMemberRemoval(household, died, RemovalReason.DECEASED));

        assertThat(change.status()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(change.memberId()).isEqualTo(died);
        assertThat(driver.householdRow(household)).isEqualTo(householdBefore);
        var membersAfter = driver.memberRows(household);
        assertThat(others(membersAfter, died)).isEqualTo(others(membersBefore, died));
        assertThat(row(membersAfter, died))
                .containsEntry("status", "REMOVED")
                .containsEntry("removal_reason", "DECEASED")
                .containsEntry("nik", row(membersBefore, died).get("nik"))
                .containsEntry("name", row(membersBefore, died).get("name"));
    }

    @Test
    void a_new_member_who_is_already_on_another_household_is_rejected_by_the_checks() throws Exception {
        long household = driver.untouchedTerentangHousehold("1 = 1");
        long elsewhere = jdbc.queryForObject(
                """
                select max(h.id) from household h
                where h.village_code like ? and h.village_code <> ? and h.status = 'ACTIVE' and h.id <> ?
                  and (select count(*) from household o where o.kk_number = h.kk_number) = 1
                  and exists (select 1 from household_member m where m.household_id = h.id and m.status = 'ACTIVE')""", Long.class, ChangeDriver.TERENTANG + ".%", ChangeDriver.TELUK_EMPENING, household);
        var listed = jdbc.queryForObject(
                """
                select nik, name, birth_date, sex from household_member
                where id = (select min(id) from household_member where household_id = ? and status = 'ACTIVE')""",
                (rs, row) -> new NewMember(
                        rs.getString("nik"),
                        rs.getString("name"),
                        rs.getDate("birth_date").toLocalDate(),
                        Sex.valueOf(rs.getString("sex")),
                        Relationship.OTHER_RELATIVE),
                elsewhere);
        var householdBefore = driver.householdRow(household);
        var membersBefore = driver.memberRows(household);

        var change = driver.check(driver.proposeNewMember(household, listed));

        assertThat(change.status()).isEqualTo(ChangeStatus.REJECTED);
        assertThat(change.stage()).isEqualTo(Stage.DONE);
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(change.processInstanceId())
                        .activityId(END_REJECTED_BY_CHECKS)
                        .count())
                .isOne();
        assertThat(history.createHistoricTaskInstanceQuery()
                        .processInstanceId(change.processInstanceId())
                        .count())
                .as("nobody got a task")
                .isZero();
        assertThat(driver.changes.decisions(change.id())).isEmpty();
        var findings = JSON.readTree(jdbc.queryForObject(
                "select check_findings from change_request where id = ?", String.class, change.id()));
        assertThat(findings.get("failure").asText()).isEqualTo("DUPLICATE_NIK");
        assertThat(findings.get("duplicateHouseholdIds").toString()).isEqualTo("[" + elsewhere + "]");
        assertThat(driver.householdRow(household)).isEqualTo(householdBefore);
        assertThat(driver.memberRows(household)).isEqualTo(membersBefore);
    }

    @Test
    void a_change_the_ministry_returns_and_the_district_then_rejects_leaves_the_household_untouched() {
        long household = driver.untouchedTerentangHousehold(TWO_OR_MORE_ACTIVE_MEMBERS);
        long moved = jdbc.queryForObject(
                "select max(id) from household_member where household_id = ? and status = 'ACTIVE'"
                        + " and relationship <> 'HEAD'",
                Long.class,
                household);
        var householdBefore = driver.householdRow(household);
        var membersBefore = driver.memberRows(household);
        var change = atTheMinistry(driver.proposeMemberRemoval(household, moved, RemovalReason.MOVED));

        change = driver.decide(
                change,
                new TaskDecision(
                        Decision.RETURN,
                        "Surat keterangan pindah belum dilampirkan",
                        null,
                        "79/HUK/2026",
                        LocalDate.of(2026, 4, 28)));
        assertThat(change.stage()).isEqualTo(Stage.DISTRICT_VERIFICATION);
        change = driver.decide(
                change,
                new TaskDecision(
                        Decision.REJECT, "Tidak ada surat pindah; anggota masih tinggal di rumah", null, null, null));

        assertThat(change.status()).isEqualTo(ChangeStatus.REJECTED);
        assertThat(change.stage()).isEqualTo(Stage.DONE);
        assertThat(change.appliedAt()).isNull();
        assertThat(driver.householdRow(household)).isEqualTo(householdBefore);
        assertThat(driver.memberRows(household)).isEqualTo(membersBefore);
        var decisions = driver.changes.decisions(change.id());
        assertThat(decisions)
                .extracting(DecisionView::stage, DecisionView::decision)
                .containsExactly(
                        tuple(Stage.FIELD_CHECK, Decision.APPROVE),
                        tuple(Stage.VILLAGE_DELIBERATION, Decision.APPROVE),
                        tuple(Stage.SUBDISTRICT_PLENARY, Decision.APPROVE),
                        tuple(Stage.DISTRICT_VERIFICATION, Decision.APPROVE),
                        tuple(Stage.DISTRICT_APPROVAL, Decision.APPROVE),
                        tuple(Stage.MINISTRY_DETERMINATION, Decision.RETURN),
                        tuple(Stage.DISTRICT_VERIFICATION, Decision.REJECT));
        assertThat(decisions.subList(decisions.size() - 2, decisions.size()))
                .extracting(DecisionView::actor, DecisionView::reason, DecisionView::reference)
                .containsExactly(
                        tuple("pusdatin", "Surat keterangan pindah belum dilampirkan", "79/HUK/2026"),
                        tuple("dinsos-6112", "Tidak ada surat pindah; anggota masih tinggal di rumah", null));
    }

    /** Checked, approved up to the district, and past the wait for April's cycle: the ministry's task is open. */
    private ChangeRequestView atTheMinistry(ChangeRequestView proposed) {
        var checked = driver.check(proposed);
        assertThat(checked.stage()).isEqualTo(Stage.FIELD_CHECK);
        var change = driver.approveUpTo(checked, Stage.MINISTRY_DETERMINATION);
        assertThat(driver.openTask(change)).as("waiting for April's cycle").isNull();
        driver.runJob(change, TIMER_WAIT_FOR_NEXT_CYCLE);
        assertThat(driver.openTask(change).getTaskDefinitionKey()).isEqualTo(TASK_MINISTRY_DETERMINATION);
        return driver.reload(change);
    }

    /** Approved at every level, the ministry by decree, and applied to the registry. */
    private ChangeRequestView approvedAndApplied(ChangeRequestView proposed) {
        var change = driver.decide(atTheMinistry(proposed), ChangeDriver.approvalAt(Stage.MINISTRY_DETERMINATION));
        driver.runJob(change, TASK_APPLY_CHANGE);
        return driver.reload(change);
    }

    private static Map<String, Object> row(List<Map<String, Object>> members, long id) {
        return members.stream()
                .filter(member -> ((Number) member.get("id")).longValue() == id)
                .findFirst()
                .orElseThrow();
    }

    private static List<Map<String, Object>> others(List<Map<String, Object>> members, long id) {
        return members.stream()
                .filter(member -> ((Number) member.get("id")).longValue() != id)
                .toList();
    }
}
