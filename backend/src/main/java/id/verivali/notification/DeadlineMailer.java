package id.verivali.notification;

import id.verivali.changerequest.ChangeRequestQueries;
import id.verivali.changerequest.Stage;
import id.verivali.region.RegionCodes;
import id.verivali.region.RegionService;
import id.verivali.security.NotificationKind;
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
        var names = regions.names(List.of(change.villageCode(), RegionCodes.parentOf(change.villageCode())));
        var place = names.get(change.villageCode()) + ", " + names.get(RegionCodes.parentOf(change.villageCode()));
        var mail = new DeadlineMail(kind, change.id(), number, stage, place, change.dueDate());
        return to.stream().map(recipient -> writer.write(mail, recipient)).toList();
    }
}
