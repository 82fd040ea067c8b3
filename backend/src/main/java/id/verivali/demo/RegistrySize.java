package id.verivali.demo;

/**
 * How big a demo registry is made: its households, spread over the district's villages, and their members in all.
 *
 * @param households households on the registry
 * @param members their members together
 */
record RegistrySize(int households, int members) {

    /**
     * Members a household has on average when none are asked for: as on Kutai Kartanegara's list, 190,930 members in
     * 60,937 households (3.13), a district-sized demo's model.
     */
    static final double TYPICAL_MEMBERS = 190_930.0 / 60_937;

    /**
     * The fewest and most members a household may have on average. Only children are added or left out to reach
     * the total, and the dead's households, mostly one or two, stay as they are: an average much below two or above
     * six could not be reached.
     */
    static final double FEWEST_MEMBERS = 2.0;

    static final double MOST_MEMBERS = 6.0;

    /** With the typical number of members: 60,937 households have 190,930. */
    static RegistrySize typical(int households) {
        return new RegistrySize(households, (int) Math.round(households * TYPICAL_MEMBERS));
    }
}
