package id.verivali.household;

/**
 * Where a household lives and who heads it, as the list by name and address (BNBA) of a deliberation records it.
 *
 * @param headName the recorded head, active or not (a removed household keeps its members as removed), else an
 *     active member, else any member
 * @param headNik that person's NIK: personal data, shown only where reading it is recorded
 * @param kkNumber the family card's number, likewise
 */
public record HouseholdAddress(
        long householdId,
        String headName,
        String headNik,
        String kkNumber,
        String address,
        String rt,
        String rw,
        String villageCode) {}
