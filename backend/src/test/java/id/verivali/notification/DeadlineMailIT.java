package id.verivali.notification;

import static id.verivali.bpmn.HouseholdChange.TIMER_ESCALATE_DISTRICT_VERIFICATION;
import static id.verivali.bpmn.HouseholdChange.TIMER_ESCALATE_FIELD_CHECK;
import static id.verivali.bpmn.HouseholdChange.TIMER_REMIND_FIELD_CHECK;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.verivali.changerequest.ChangeRequestView;
import id.verivali.changerequest.Stage;
import id.verivali.household.RemovalReason;
import id.verivali.security.AccountService;
import id.verivali.security.NewAccount;
import id.verivali.security.Role;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import id.verivali.support.MultipartForm;
import id.verivali.support.Photos;
import id.verivali.workflow.ChangeDriver;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reminders and escalations reach a real SMTP server (GreenMail), from a change's own timers. */
@IntegrationTest
@Import(ChangeDriver.class)
class DeadlineMailIT {

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    /**
     * The Terentang village (Teluk Empening aside, whose households the suites signing in as its operator take) with
     * the most households no change touches yet; its demo operator, and a second operator who turned reminders off.
     */
    private String village;

    private String operator;
    private String quietOperator;

    private static final String PASSWORD = "Sunyi-Sekali-7";

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("verivali.mail.base-url", () -> "https://verivali.kuburaya.test/");
    }

    @Autowired
    ChangeDriver driver;

    @Autowired
    Api api;

    @Autowired
    AccountService accounts;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void twoWeeksBeforeTheDueDate() throws Exception {
        // A field check is due 14 days after the checks: 8 December 2026.
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-24T02:00:00Z")));
        village = driver.villagesByUntouchedHouseholds(ChangeDriver.TERENTANG).stream()
                .filter(code -> !code.equals(ChangeDriver.TELUK_EMPENING))
                .findFirst()
                .orElseThrow();
        operator = "op-" + village.replace(".", "");
        quietOperator = "op-sunyi-" + village.replace(".", "");
        accounts.createMissing(List.of(new NewAccount(
                quietOperator,
                "Operator Sunyi",
                Role.VILLAGE_OPERATOR,
                village,
                PASSWORD,
                quietOperator + "@verivali.test")));
        var quiet = api.as(quietOperator, PASSWORD)
                .send(
                        HttpMethod.PUT,
                        "/api/me/notifications",
                        Map.of("email", quietOperator + "@verivali.test", "reminders", false, "escalations", true));
        assertThat(quiet.status()).isEqualTo(200);
        SMTP.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void a_field_check_near_its_due_date_reminds_the_village_operator_who_chose_reminders() throws Exception {
        var change = checkedChange();

        driver.runJob(change, TIMER_REMIND_FIELD_CHECK);

        var received = SMTP.getReceivedMessages();
        assertThat(received).extracting(DeadlineMailIT::recipients).containsExactly(operator + "@verivali.test");
        String villageName =
                driver.jdbc.queryForObject("select name from region where code = ?", String.class, village);
        var mail = received[0];
        assertThat(mail.getSubject()).contains(change.number()).contains("Verifikasi lapangan");
        assertThat(GreenMailUtil.getBody(mail))
                .contains("Yth. Operator Desa " + villageName)
                .contains(change.number())
                .contains(villageName + ", Terentang")
                .contains("8 Desember 2026")
                .contains("8 December 2026")
                .contains("https://verivali.kuburaya.test/changes/" + change.id())
                .contains("https://verivali.kuburaya.test/settings/notifications");
    }

    @Test
    void an_overdue_field_check_is_escalated_to_the_camat_and_no_one_else() throws Exception {
        var change = checkedChange();

        driver.runJob(change, TIMER_ESCALATE_FIELD_CHECK);

        var received = SMTP.getReceivedMessages();
        assertThat(received).extracting(DeadlineMailIT::recipients).containsExactly("camat-611204@verivali.test");
        var mail = received[0];
        assertThat(mail.getSubject()).contains(change.number()).contains("Tenggat terlewati");
        assertThat(GreenMailUtil.getBody(mail))
                .contains("Yth. Camat Terentang")
                .contains("melewati tenggatnya, 8 Desember 2026")
                .contains("https://verivali.kuburaya.test/changes/" + change.id());
    }

    @Test
    void an_overdue_district_verification_is_escalated_to_the_supervisors_whose_region_holds_the_village()
            throws Exception {
        accounts.createMissing(List.of(
                new NewAccount(
                        "pengawas-nasional",
                        "Pengawas Nasional",
                        Role.SUPERVISOR,
                        null,
                        PASSWORD,
                        "pengawas-nasional@verivali.test"),
                new NewAccount(
                        "pengawas-6101",
                        "Pengawas Sambas",
                        Role.SUPERVISOR,
                        "61.01",
                        PASSWORD,
                        "pengawas-6101@verivali.test")));
        var change = driver.approveUpTo(checkedChange(), Stage.DISTRICT_VERIFICATION);
        SMTP.purgeEmailFromAllMailboxes();

        driver.runJob(change, TIMER_ESCALATE_DISTRICT_VERIFICATION);

        assertThat(SMTP.getReceivedMessages())
                .extracting(DeadlineMailIT::recipients)
                .containsExactlyInAnyOrder("supervisor-6112@verivali.test", "pengawas-nasional@verivali.test");
        assertThat(SMTP.getReceivedMessages()[0].getSubject())
                .contains(change.number())
                .contains("Verifikasi kabupaten/kota");
    }

    @Test
    void a_residents_proposal_near_its_due_date_reminds_the_operators_and_overdue_goes_to_the_camat() throws Exception {
        // Received on 24 November: the village operator has a week, to 1 December, and is reminded two days before.
        String code = proposedByAResident();
        String instance = driver.jdbc.queryForObject(
                "select process_instance_id from resident_submission where tracking_code = ?", String.class, code);

        runTimer(instance, "Timer_RemindProposalIntake");

        var reminders = SMTP.getReceivedMessages();
        assertThat(reminders).extracting(DeadlineMailIT::recipients).containsExactly(operator + "@verivali.test");
        assertThat(reminders[0].getSubject()).contains(code).contains("usulan warga");
        assertThat(GreenMailUtil.getBody(reminders[0]))
                .contains("1 Desember 2026")
                .contains("1 December 2026")
                .contains("https://verivali.kuburaya.test/intake/" + code);

        SMTP.purgeEmailFromAllMailboxes();
        runTimer(instance, "Timer_EscalateProposalIntake");

        var escalations = SMTP.getReceivedMessages();
        assertThat(escalations).extracting(DeadlineMailIT::recipients).containsExactly("camat-611204@verivali.test");
        assertThat(escalations[0].getSubject()).contains("Tenggat terlewati").contains(code);
        assertThat(GreenMailUtil.getBody(escalations[0]))
                .contains("Yth. Camat Terentang")
                .contains("https://verivali.kuburaya.test/intake/" + code);
    }

    /** A couple's own household, proposed from a phone without an account. */
    private String proposedByAResident() {
        String wife = "6112044101850" + (100 + (int) (System.nanoTime() % 800));
        var proposal = Map.of(
                "villageCode",
                village,
                "submitter",
                Map.of("nik", wife, "name", "Siti Aminah", "phone", "081234567890"),
                "forOwnHousehold",
                true,
                "reason",
                "Tidak ada penghasilan tetap",
                "household",
                Map.of(
                        "address",
                        "Jl. Parit Baru",
                        "rt",
                        "2",
                        "rw",
                        "1",
                        "kkNumber",
                        "6112040101850" + wife.substring(13),
                        "members",
                        List.of(Map.of(
                                "nik",
                                wife,
                                "name",
                                "Siti Aminah",
                                "birthDate",
                                "1985-01-01",
                                "sex",
                                "FEMALE",
                                "relationship",
                                "HEAD"))));
        var receipt = api.browser()
                .postMultipart(
                        "/api/public/proposals",
                        new MultipartForm()
                                .json("proposal", json(proposal))
                                .file("housePhoto", Photos.jpeg(320, 240, null, null), "rumah.jpg")
                                .file("familyCard", Photos.png(320, 240), "kk.png")
                                .parts());
        assertThat(receipt.status()).as(receipt.body().toString()).isEqualTo(201);
        return receipt.body().get("trackingCode").asText();
    }

    private void runTimer(String processInstanceId, String timer) {
        var job = driver.management
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .activityId(timer)
                .singleResult();
        driver.management.executeJob(job.getId());
    }

    private static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }

    @Test
    void a_reminder_whose_job_rolls_back_mails_nobody() throws Exception {
        var change = checkedChange();
        var job = driver.management
                .createJobQuery()
                .processInstanceId(change.processInstanceId())
                .activityId(TIMER_REMIND_FIELD_CHECK)
                .singleResult();

        new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
            driver.management.executeJob(job.getId());
            transaction.setRollbackOnly();
        });
        assertThat(SMTP.getReceivedMessages()).isEmpty();

        driver.runJob(change, TIMER_REMIND_FIELD_CHECK);
        assertThat(SMTP.getReceivedMessages())
                .extracting(DeadlineMailIT::recipients)
                .hasSize(1);
    }

    private ChangeRequestView checkedChange() {
        return driver.check(driver.proposeRemoval(driver.untouchedHouseholdIn(village), RemovalReason.MOVED));
    }

    private static String recipients(MimeMessage message) {
        try {
            return String.join(
                    ",",
                    Arrays.stream(message.getAllRecipients())
                            .map(Address::toString)
                            .toList());
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
