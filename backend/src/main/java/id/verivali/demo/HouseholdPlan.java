package id.verivali.demo;

/**
 * How many households the generator puts in each village and how many children it gives each of them. Kubu Raya's
 * plan draws a few dozen households a village and leaves the children as drawn; {@link SizedHouseholdPlan} makes a
 * registry of a given size.
 */
@FunctionalInterface
interface HouseholdPlan {

    /** The households of the village at this index of the district's list. */
    int householdsIn(int village);

    /** The children of the next household on the registry, given the number drawn for it. */
    default int children(int drawn) {
        return drawn;
    }

    /** Counts a household put on the registry, with its members. */
    default void counted(int members) {}
}
