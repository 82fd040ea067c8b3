package id.verivali.notification;

import id.verivali.security.MailRecipient;
import id.verivali.security.NotificationKind;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

/**
 * Writes a reminder or escalation for one official: in Bahasa Indonesia, then the same in English below, the due date
 * written out in the registry's time zone ("8 Desember 2026") and a link to the change's page.
 */
@Component
class DeadlineMailWriter {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static final String SETTINGS_PATH = "/settings/notifications";

    private final MessageSource messages;
    private final NotificationProperties properties;
    private final Clock clock;

    DeadlineMailWriter(MessageSource messages, NotificationProperties properties, Clock clock) {
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    SimpleMailMessage write(DeadlineMail mail, MailRecipient to) {
        var message = new SimpleMailMessage();
        message.setTo(to.email());
        message.setSubject(text(subjectKey(mail.kind()), mail, to, INDONESIAN));
        message.setText(body(mail, to, INDONESIAN) + "\n\n-- English --\n\n" + body(mail, to, Locale.ENGLISH));
        return message;
    }

    /** A resident's submission waiting at the intake: the same shape, its words, and a link to it. */
    SimpleMailMessage write(IntakeMail mail, MailRecipient to) {
        var message = new SimpleMailMessage();
        message.setTo(to.email());
        message.setSubject(text(intakeKey(mail.kind(), "subject"), mail, to, INDONESIAN));
        message.setText(body(mail, to, INDONESIAN) + "\n\n-- English --\n\n" + body(mail, to, Locale.ENGLISH));
        return message;
    }

    private String body(IntakeMail mail, MailRecipient to, Locale language) {
        return text(intakeKey(mail.kind(), "body"), mail, to, language) + "\n\n"
                + text("mail.footer", mail, to, language);
    }

    private String text(String key, IntakeMail mail, MailRecipient to, Locale language) {
        return messages.getMessage(
                key,
                new Object[] {
                    mail.trackingCode(),
                    messages.getMessage("mail.intake.kind." + mail.submission().name(), null, language),
                    mail.place(),
                    date(mail.dueDate(), language),
                    to.fullName(),
                    properties.link("/intake/" + mail.trackingCode()),
                    properties.link(SETTINGS_PATH)
                },
                language);
    }

    private static String intakeKey(NotificationKind kind, String part) {
        return switch (kind) {
            case REMINDER -> "mail.intake.reminder." + part;
            case ESCALATION -> "mail.intake.escalation." + part;
        };
    }

    private String body(DeadlineMail mail, MailRecipient to, Locale language) {
        return text(bodyKey(mail.kind()), mail, to, language) + "\n\n" + text("mail.footer", mail, to, language);
    }

    private String text(String key, DeadlineMail mail, MailRecipient to, Locale language) {
        return messages.getMessage(
                key,
                new Object[] {
                    mail.number(),
                    messages.getMessage("stage." + mail.stage().name(), null, language),
                    mail.place(),
                    dueDate(mail, language),
                    to.fullName(),
                    properties.link("/changes/" + mail.changeId()),
                    properties.link(SETTINGS_PATH)
                },
                language);
    }

    private String dueDate(DeadlineMail mail, Locale language) {
        return date(mail.dueDate(), language);
    }

    private String date(java.time.Instant instant, Locale language) {
        if (instant == null) {
            return "-";
        }
        return DateTimeFormatter.ofPattern("d MMMM yyyy", language).format(instant.atZone(clock.getZone()));
    }

    private static String subjectKey(NotificationKind kind) {
        return switch (kind) {
            case REMINDER -> "mail.reminder.subject";
            case ESCALATION -> "mail.escalation.subject";
        };
    }

    private static String bodyKey(NotificationKind kind) {
        return switch (kind) {
            case REMINDER -> "mail.reminder.body";
            case ESCALATION -> "mail.escalation.body";
        };
    }
}
