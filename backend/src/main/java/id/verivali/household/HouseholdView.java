package id.verivali.household;

import java.util.List;

/** A household's details with its members and their full NIKs. */
public record HouseholdView(
        Long id,
        String kkNumber,
        String address,
        String rt,
        String rw,
        String villageCode,
        String villageName,
        String subdistrictName,
        String districtName,
        WelfareAttributes welfare,
        RecordStatus status,
        RemovalReason removalReason,
        long version,
        List<MemberView> members) {}
