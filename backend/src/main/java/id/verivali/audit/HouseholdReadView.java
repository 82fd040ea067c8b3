package id.verivali.audit;

import java.time.Instant;
import java.util.Map;

/**
 * Someone opened a household's details (with full NIKs), or a deliberation's BNBA listing it.
 *
 * @param headName the household's head, as the registry names them now
 * @param villageName the village's name
 */
record HouseholdReadView(
        Instant at, String user, long householdId, String headName, String villageCode, String villageName) {

    HouseholdReadView named(Map<Long, String> heads, Map<String, String> villages) {
        return new HouseholdReadView(
                at, user, householdId, heads.get(householdId), villageCode, villages.get(villageCode));
    }
}
