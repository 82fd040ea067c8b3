package id.verivali.security;

import id.verivali.region.RegionLevel;
import java.util.Optional;

/** The people of the chain (docs/domain.md) and the level of region each one works at; national roles have none. */
public enum Role {
    VILLAGE_OPERATOR(RegionLevel.VILLAGE),
    VILLAGE_HEAD(RegionLevel.VILLAGE),
    SUBDISTRICT_OPERATOR(RegionLevel.SUBDISTRICT),
    SUBDISTRICT_HEAD(RegionLevel.SUBDISTRICT),
    DISTRICT_OPERATOR(RegionLevel.DISTRICT),
    DISTRICT_HEAD(RegionLevel.DISTRICT),
    MINISTRY_OFFICER(null),
    /** Sekda, Dinsos head, province or ministry: reads everything under its region, at any level. */
    SUPERVISOR(null),
    /** Inspectorate, BPK or ministry: reads everything under its region, at any level. */
    AUDITOR(null),
    ADMIN(null),
    /** Another system calling Camunda's REST API. */
    INTEGRATION(null),
    /** A metrics scraper (Prometheus): reads {@code /actuator/prometheus} with HTTP Basic, nothing else. */
    MONITORING(null);

    private final RegionLevel level;

    Role(RegionLevel level) {
        this.level = level;
    }

    /** The region level an account of this role must have; empty where any level, or national, will do. */
    public Optional<RegionLevel> requiredLevel() {
        return Optional.ofNullable(level);
    }

    /** Roles that work nationwide and carry no region. */
    public boolean isNational() {
        return this == MINISTRY_OFFICER || this == ADMIN || this == INTEGRATION || this == MONITORING;
    }

    /**
     * Whether the role belongs to the verification chain, whose officials read the registry (within their region; the
     * ministry all of it) and decide its changes. Administrators run the system, integrations call the engine and
     * scrapers read its metrics: none of them reads the registry or decides a change.
     */
    public boolean worksOnTheRegistry() {
        return this != ADMIN && this != INTEGRATION && this != MONITORING;
    }

    /** The Spring Security authority, {@code ROLE_<name>}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
