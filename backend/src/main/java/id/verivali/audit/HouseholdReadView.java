package id.verivali.audit;

import java.time.Instant;

/** Someone opened a household's details (with full NIKs). */
record HouseholdReadView(Instant at, String user, long householdId, String villageCode) {}
