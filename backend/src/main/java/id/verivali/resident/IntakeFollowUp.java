package id.verivali.resident;

import id.verivali.common.web.PlainText;
import jakarta.validation.constraints.Size;

/** The Camat's follow-up of an overdue intake, with what was done about it. */
public record IntakeFollowUp(
        @Size(max = 500, message = "{field.size.max}") @PlainText(multiline = true)
        String note) {}
