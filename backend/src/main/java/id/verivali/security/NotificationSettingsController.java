package id.verivali.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication")
class NotificationSettingsController {

    private final NotificationSettingsService settings;

    NotificationSettingsController(NotificationSettingsService settings) {
        this.settings = settings;
    }

    @GetMapping("/api/me/notifications")
    @Operation(summary = "The signed-in official's e-mail address and which mails they receive")
    NotificationSettingsView notificationSettings(Authentication who) {
        return settings.settingsOf(((CurrentUser) who.getPrincipal()).username());
    }

    @PutMapping("/api/me/notifications")
    @Operation(
            summary = "Sets the signed-in official's e-mail address (empty for none) and whether they receive"
                    + " reminders before a due date and escalations of overdue work below them")
    NotificationSettingsView changeNotificationSettings(
            @Valid @RequestBody ChangeNotificationSettings body, Authentication who) {
        return settings.change(((CurrentUser) who.getPrincipal()).username(), body);
    }
}
