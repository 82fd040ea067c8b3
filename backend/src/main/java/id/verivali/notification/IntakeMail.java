package id.verivali.notification;

import id.verivali.resident.SubmissionKind;
import id.verivali.security.NotificationKind;
import java.time.Instant;

/**
 * What a reminder or escalation of a resident's submission at the village's intake tells.
 *
 * @param place the village and kecamatan, {@code Teluk Empening, Terentang}
 */
record IntakeMail(
        NotificationKind kind, String trackingCode, SubmissionKind submission, String place, Instant dueDate) {}
