package id.verivali.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an event's {@code details} hold, one record per action (see {@link AuditAction} for each one's keys). Readers
 * of the log, the history timeline among them, rely on these keys: rename none. Parts with no value are left out,
 * except where a record says otherwise. Enumerated values are written by their names ({@code APPROVE}).
 */
public sealed interface AuditDetails {

    /** The details as compact JSON, for {@link AuditLog#record}. */
    default String json() {
        return AuditJson.write(this);
    }

    /**
     * @param payload the proposed values as the change stores them ({@code household}, {@code member} or
     *     {@code update}), written into the details as JSON, not as a string
     */
    record ChangeProposed(
            String number,
            String type,
            String removalReason,
            String reason,
            String note,
            Long householdId,
            Long memberId,
            @JsonRawValue String payload)
            implements AuditDetails {}

    /** @param stage the stage the change had reached */
    record ChangeWithdrawn(String number, String stage) implements AuditDetails {}

    /** @param matched whether the NIK and name typed matched a person of the village asked about */
    record PublicStatusChecked(boolean matched) implements AuditDetails {}

    /** @param objectionReason an objection's reason; null for a proposal */
    record SubmissionReceived(String kind, String objectionReason) implements AuditDetails {}

    /** @param matched whether the tracking code and NIK matched a submission */
    record SubmissionTracked(boolean matched) implements AuditDetails {}

    /** @param householdId the household an objection concerned, as the operator found it */
    record IntakeAccepted(String kind, String changeNumber, Long householdId) implements AuditDetails {}

    record IntakeRejected(String kind, String reason) implements AuditDetails {}

    record IntakeFollowedUp(String kind, String note) implements AuditDetails {}

    record SubmissionLapsed(String kind) implements AuditDetails {}

    /** @param reference a ratification letter's, decree's or minutes' number; {@code referenceDate} its date */
    record TaskDecided(
            String number,
            String stage,
            String decision,
            String reason,
            String note,
            String reference,
            LocalDate referenceDate)
            implements AuditDetails {}

    record DeliberationHeld(
            String level,
            LocalDate heldOn,
            String place,
            String minutesNumber,
            long minutesDocumentId,
            String minutesSha256,
            List<String> attendees,
            List<Decided> decisions)
            implements AuditDetails {

        public record Decided(long changeRequestId, String number, String decision) {}
    }

    /**
     * The household record before and after the change was applied. {@code before} is written as {@code null} for a
     * new household, which had no record.
     */
    record ChangeApplied(
            String number,
            @JsonInclude(JsonInclude.Include.ALWAYS) Object before,
            @JsonInclude(JsonInclude.Include.ALWAYS) Object after)
            implements AuditDetails {}

    record SignedIn(String role) implements AuditDetails {}

    /** @param reason {@code BAD_CREDENTIALS}, {@code DISABLED}, {@code LOCKED} (too many failures) or {@code OTHER} */
    record SignInFailed(String reason) implements AuditDetails {}

    record EngineOperation(String method, String path, int status) implements AuditDetails {}

    /**
     * @param locked how many tasks a fetch-and-lock locked, and {@code topics} their topics; absent for other reads
     */
    record EngineRead(String method, String path, int status, Integer locked, List<String> topics)
            implements AuditDetails {}

    record RoundOpened(String name, LocalDate startsOn, int households, List<Kecamatan> subdistricts)
            implements AuditDetails {

        public record Kecamatan(String code, LocalDate targetDate, int households) {}
    }

    record RoundStateChanged(String name, int householdsDone, int householdsTotal) implements AuditDetails {}

    /** @param change what happened to the account: {@code CREATED} */
    record AccountChanged(String change, String role, String fullName) implements AuditDetails {}

    /**
     * An account's holder changed the mails they receive; {@code email} is left out when they removed their address.
     *
     * @param change always {@code NOTIFICATIONS}
     */
    record NotificationsChanged(String change, String email, boolean reminders, boolean escalations)
            implements AuditDetails {}

    /** @param welfare the DTKS questionnaire's indicators as the enumerator recorded them, null without */
    record FieldVisitRecorded(
            String number,
            String taskId,
            long visitId,
            String finding,
            String reason,
            LocalDate visitedOn,
            String enumerator,
            Object welfare,
            List<MemberNik> memberNiks,
            Long photoDocumentId,
            String photoSha256,
            BigDecimal latitude,
            BigDecimal longitude,
            Long importId,
            boolean decided,
            String typeBefore,
            String typeAfter,
            String removalReason)
            implements AuditDetails {

        public record MemberNik(long memberId, String nik) {}
    }
}
