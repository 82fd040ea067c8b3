package id.verivali.notification;

import id.verivali.changerequest.Stage;
import id.verivali.security.NotificationKind;
import java.time.Instant;

/**
 * What a reminder or escalation tells, whoever receives it.
 *
 * @param place the household's village and kecamatan, {@code Teluk Empening, Terentang}
 * @param dueDate the stage's due date; null if it has none
 */
record DeadlineMail(NotificationKind kind, long changeId, String number, Stage stage, String place, Instant dueDate) {}
