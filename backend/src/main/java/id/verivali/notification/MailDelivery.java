package id.verivali.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Hands mails to the SMTP server, when there is one: Spring Boot configures a sender only when {@code spring.mail.host}
 * is set. A mail the server refuses, or a server that does not answer, is logged and dropped: whatever happened in
 * the application has happened, and a reminder is not worth a retry queue.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final JavaMailSender sender;
    private final String from;

    MailDelivery(ObjectProvider<JavaMailSender> senders, NotificationProperties properties) {
        this.sender = senders.getIfAvailable();
        this.from = properties.from();
        if (sender == null) {
            log.info("E-mail is off: no SMTP server is configured (spring.mail.host), so officials get no reminders"
                    + " or escalations by mail");
        }
    }

    boolean isOn() {
        return sender != null;
    }

    void send(SimpleMailMessage message) {
        message.setFrom(from);
        try {
            sender.send(message);
        } catch (MailException failed) {
            log.warn(
                    "Could not mail {} \"{}\": {}",
                    String.join(", ", message.getTo()),
                    message.getSubject(),
                    failed.getMessage());
        }
    }
}
