package id.verivali.household;

/** A household in a list: numbers masked, as lists never show a full NIK or KK. */
public record HouseholdSummaryView(
        Long id,
        String kkNumber,
        String headName,
        String headNikMasked,
        String address,
        String rt,
        String rw,
        String villageCode,
        String villageName,
        String subdistrictCode,
        String subdistrictName,
        long memberCount,
        RecordStatus status) {}
