package id.verivali.household;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A household's whole record at one moment, removed members included, with full NIKs: what the audit log keeps of a
 * household before and after a change is applied. Its JSON keys are part of the audit trail's contract.
 */
public record HouseholdSnapshot(
        long id,
        String kkNumber,
        RecordStatus status,
        RemovalReason removalReason,
        String address,
        String rt,
        String rw,
        String villageCode,
        WelfareAttributes welfare,
        Instant lastVerifiedAt,
        List<MemberSnapshot> members) {

    public record MemberSnapshot(
            long id,
            String nik,
            String name,
            LocalDate birthDate,
            Sex sex,
            Relationship relationship,
            CivilRegistryStatus civilRegistryStatus,
            RecordStatus status,
            RemovalReason removalReason) {}
}
