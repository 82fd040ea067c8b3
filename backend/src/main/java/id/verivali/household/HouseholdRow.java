package id.verivali.household;

/** One household in a search result, read straight from the query (full numbers, masked before they leave). */
record HouseholdRow(
        Long id,
        String kkNumber,
        String headName,
        String headNik,
        String address,
        String rt,
        String rw,
        String villageCode,
        RecordStatus status,
        long memberCount) {}
