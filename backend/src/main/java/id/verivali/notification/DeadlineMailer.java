package id.verivali.notification;

import id.verivali.changerequest.ChangeRequestQueries;
import id.verivali.changerequest.Stage;
import id.verivali.region.RegionCodes;
import id.verivali.region.RegionService;
import id.verivali.resident.IntakeDeadline;
import id.verivali.security.NotificationKind;
import id.verivali.security.Role;
import id.verivali.workflow.DeadlineApproached;
import id.verivali.workflow.DeadlinePassed;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails a reminder to the officials who can do a stage's task, and an escalation to those who receive its follow-up,
 * each to those who chose it. Only once the engine's transaction has committed: a job that rolls back sends nothing,
 * and a mail server that fails cannot fail the job. The mails go from the thread that ran the job, after its commit.
 */
@Component
class DeadlineMailer {

    private static final Logger log = LoggerFactory.getLogger(DeadlineMailer.class);

    private final MailDelivery delivery;
    private final DeadlineMailWriter writer;
    private final Recipients recipients;
    private final ChangeRequestQueries changes;
    private final RegionService regions;
    private final TransactionTemplate reads;

    DeadlineMailer(
            MailDelivery delivery,
            DeadlineMailWriter writer,
            Recipients recipients,
            ChangeRequestQueries changes,
            RegionService regions,
            PlatformTransactionManager transactions) {
        this.delivery = delivery;
        this.writer = writer;
        this.recipients = recipients;
        this.changes = changes;
        this.regions = regions;
        // After the commit the engine's transaction is over: reads need one of their own.
        this.reads = new TransactionTemplate(transactions);
        reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        reads.setReadOnly(true);
    }

    @TransactionalEventListener
    void on(DeadlineApproached approached) {
        mail(
                NotificationKind.REMINDER,
                approached.changeRequestNumber(),
                approached.stage(),
                approached.candidateRole(),
                approached.candidateRegion());
    }

    /**
     * A resident's submission at the intake: the reminder goes to the village's operators, the escalation to the
     * kecamatan's Camat, as the intake's task and its follow-up are theirs.
     */
    @TransactionalEventListener
    void on(IntakeDeadline deadline) {
        if (!delivery.isOn()) {
            return;
        }
        var kind = deadline.passed() ? NotificationKind.ESCALATION : NotificationKind.REMINDER;
        var village = deadline.villageCode();
        var role = deadline.passed() ? Role.SUBDISTRICT_HEAD : Role.VILLAGE_OPERATOR;
        var region = deadline.passed() ? RegionCodes.parentOf(village) : village;
        try {
            reads.execute(status -> {
                        var to = recipients.of(role.name(), region, village, kind);
                        if (to.isEmpty()) {
                            return List.<SimpleMailMessage>of();
                        }
                        var mail = new IntakeMail(
                                kind, deadline.trackingCode(), deadline.kind(), place(village), deadline.dueDate());
                        return to.stream()
                                .map(recipient -> writer.write(mail, recipient))
                                .toList();
                    })
                    .forEach(delivery::send);
        } catch (RuntimeException failed) {
            log.warn("Could not mail the {} of submission {}", kind, deadline.trackingCode(), failed);
        }
    }

    @TransactionalEventListener
    void on(DeadlinePassed passed) {
        mail(
                NotificationKind.ESCALATION,
                passed.changeRequestNumber(),
                passed.stage(),
                passed.followUpRole(),
                passed.followUpRegion());
    }

    private void mail(NotificationKind kind, String number, String stage, String role, String region) {
        if (!delivery.isOn()) {
            return;
        }
        try {
            reads.execute(status -> write(kind, number, Stage.valueOf(stage), role, region))
                    .forEach(delivery::send);
        } catch (RuntimeException failed) {
            // Past the commit an exception would reach the job's caller as if the job had failed.
            log.warn("Could not mail the {} of change {}", kind, number, failed);
        }
    }

    /** The village and its kecamatan, by name: {@code Teluk Empening, Terentang}. */
    private String place(String villageCode) {
        var names = regions.names(List.of(villageCode, RegionCodes.parentOf(villageCode)));
        return names.get(villageCode) + ", " + names.get(RegionCodes.parentOf(villageCode));
    }

    private List<SimpleMailMessage> write(
            NotificationKind kind, String number, Stage stage, String role, String region) {
        var change = changes.findByNumber(number).orElse(null);
        if (change == null) {
            return List.of();
        }
        var to = recipients.of(role, region, change.villageCode(), kind);
        if (to.isEmpty()) {
            return List.of();
        }
        var mail = new DeadlineMail(kind, change.id(), number, stage, place(change.villageCode()), change.dueDate());
        return to.stream().map(recipient -> writer.write(mail, recipient)).toList();
    }
}
