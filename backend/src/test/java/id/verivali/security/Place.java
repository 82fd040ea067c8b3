package id.verivali.security;

/** Where the matrix keeps its things, seen from its accounts, all of whose regions contain the home village. */
enum Place {
    /** The home village: inside every account's region. */
    HOME,
    /** Another village of the home kecamatan: outside the village accounts' region. */
    NEIGHBOUR_VILLAGE,
    /** A village of another kecamatan of the district: outside the kecamatan accounts' region. */
    OTHER_SUBDISTRICT,
    /** A village of another district: outside the district accounts' region. */
    OTHER_DISTRICT
}
