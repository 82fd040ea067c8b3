package id.verivali.notification;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the mails present themselves ({@code verivali.mail.*}); the SMTP server itself is Spring's {@code spring.mail.*}.
 *
 * @param baseUrl where officials open Verivali: the links to a change's page start with it
 * @param from the sender the mails show
 */
@ConfigurationProperties("verivali.mail")
record NotificationProperties(
        @DefaultValue("http://localhost:8080") URI baseUrl,
        @DefaultValue("Verivali <verivali@localhost>") String from) {

    /** A page of the application by its path, {@code /changes/42}, whether or not the base URL ends in a slash. */
    String link(String path) {
        var base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
