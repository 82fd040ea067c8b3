package id.verivali.household;

/** A household by its id and village, as a walk over a region's list takes them. */
public record HouseholdRef(long id, String villageCode) {}
