package id.verivali.security;

import id.verivali.common.web.NotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each official's e-mail address and choice of mails, and who among a task's officials wants a given mail. */
@Service
public class NotificationSettingsService {

    private final AppUserRepository users;
    private final ApplicationEventPublisher events;

    NotificationSettingsService(AppUserRepository users, ApplicationEventPublisher events) {
        this.users = users;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public NotificationSettingsView settingsOf(String username) {
        return NotificationSettingsView.of(account(username));
    }

    /** Stores the official's choice and publishes {@link NotificationSettingsChanged} when anything changed. */
    @Transactional
    public NotificationSettingsView change(String username, ChangeNotificationSettings settings) {
        var user = account(username);
        var before = NotificationSettingsView.of(user);
        user.changeNotifications(
                MailAddress.normalised(settings.email()), settings.reminders(), settings.escalations());
        var after = NotificationSettingsView.of(user);
        if (!after.equals(before)) {
            events.publishEvent(new NotificationSettingsChanged(
                    username, user.regionCode(), after.email(), after.reminders(), after.escalations()));
        }
        return after;
    }

    /**
     * The enabled accounts of a role, at any of the given regions or (when {@code nationwide}) without a region, that
     * have an address and chose this kind of mail.
     */
    @Transactional(readOnly = true)
    public List<MailRecipient> recipients(
            Role role, Collection<String> regionCodes, boolean nationwide, NotificationKind kind) {
        var accounts = new ArrayList<AppUser>();
        if (!regionCodes.isEmpty()) {
            accounts.addAll(users.findMailableIn(role, regionCodes));
        }
        if (nationwide) {
            accounts.addAll(users.findMailableNationwide(role));
        }
        return accounts.stream()
                .filter(user -> user.wantsMail(kind))
                .map(user -> new MailRecipient(user.username(), user.fullName(), user.email()))
                .toList();
    }

    private AppUser account(String username) {
        return users.findByUsername(username).orElseThrow(() -> new NotFoundException("account", username));
    }
}
