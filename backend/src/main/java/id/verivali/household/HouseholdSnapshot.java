package id.verivali.household;

import java.time.Instant;
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
        List<MemberView> members) {}
