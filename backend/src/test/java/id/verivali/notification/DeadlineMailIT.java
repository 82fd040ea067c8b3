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
