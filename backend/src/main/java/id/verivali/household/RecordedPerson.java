package id.verivali.household;

/**
 * A person as the registry records them, by NIK: their household, their name, its village, and whether both they and
 * their household are still on the registry.
 */
public record RecordedPerson(long householdId, String name, String villageCode, boolean onRegistry) {}
