package id.verivali.household;

/**
 * Where a household lives and who heads it, as a list by name and address (BNBA) prints it: no NIK.
 *
 * @param headName the recorded head, active or not (a removed household keeps its members as removed), else an
 *     active member, else any member
 */
public record HouseholdAddress(
        long householdId, String headName, String address, String rt, String rw, String villageCode) {}
