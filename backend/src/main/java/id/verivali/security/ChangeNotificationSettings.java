package id.verivali.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An official's choice of mails.
 *
 * @param email where to send them; empty or null for no address, and then no mail
 * @param reminders whether to mail a reminder as a stage's due date nears
 * @param escalations whether to mail when work below becomes overdue and its follow-up is the official's
 */
public record ChangeNotificationSettings(
        @Size(max = MailAddress.MAX_LENGTH, message = "{account.email.tooLong}")
        @Pattern(regexp = MailAddress.PATTERN, message = "{account.email.invalid}")
        String email,

        @NotNull(message = "{problemDetail.field.required}") Boolean reminders,
        @NotNull(message = "{problemDetail.field.required}") Boolean escalations) {}
