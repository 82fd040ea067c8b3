package id.verivali.security;

import id.verivali.changerequest.Stage;
import id.verivali.region.RegionLevel;
import java.util.List;

/**
 * A column of the access matrix: one account of each role (docs/domain.md), and nobody signed in. Every regional
 * account works over the matrix's home village, so that "inside" is always a thing there and "outside" the same kind
 * of thing one level away: another village of the kecamatan for village roles, another kecamatan for kecamatan roles,
 * another district for district roles.
 */
enum CallerRole {
    VILLAGE_OPERATOR(Role.VILLAGE_OPERATOR, RegionLevel.VILLAGE, Stage.FIELD_CHECK),
    VILLAGE_HEAD(Role.VILLAGE_HEAD, RegionLevel.VILLAGE, Stage.VILLAGE_DELIBERATION),
    /** Prepares the plenary but decides nothing: the plenary's task is the Camat's. */
    SUBDISTRICT_OPERATOR(Role.SUBDISTRICT_OPERATOR, RegionLevel.SUBDISTRICT, Stage.SUBDISTRICT_PLENARY),
    SUBDISTRICT_HEAD(Role.SUBDISTRICT_HEAD, RegionLevel.SUBDISTRICT, Stage.SUBDISTRICT_PLENARY),
    DISTRICT_OPERATOR(Role.DISTRICT_OPERATOR, RegionLevel.DISTRICT, Stage.DISTRICT_VERIFICATION),
    DISTRICT_HEAD(Role.DISTRICT_HEAD, RegionLevel.DISTRICT, Stage.DISTRICT_APPROVAL),
    MINISTRY_OFFICER(Role.MINISTRY_OFFICER, null, Stage.MINISTRY_DETERMINATION),
    /** A district's supervisor (Sekda, Dinsos head): reads the district, decides nothing. */
    SUPERVISOR(Role.SUPERVISOR, RegionLevel.DISTRICT, Stage.DISTRICT_VERIFICATION),
    /** A district's inspectorate: reads the district, decides nothing. */
    AUDITOR(Role.AUDITOR, RegionLevel.DISTRICT, Stage.DISTRICT_APPROVAL),
    ADMIN(Role.ADMIN, null, Stage.MINISTRY_DETERMINATION),
    INTEGRATION(Role.INTEGRATION, null, Stage.MINISTRY_DETERMINATION),
    /** The metrics scraper: its metrics and nothing else. */
    MONITORING(Role.MONITORING, null, Stage.MINISTRY_DETERMINATION),
    ANONYMOUS(null, null, Stage.FIELD_CHECK);

    private final Role role;
    private final RegionLevel level;
    private final Stage stage;

    /**
     * @param level the level of the account's region; none for national roles
     * @param stage the stage whose task is nearest the role's work: the one it decides, or would be tempted to
     */
    CallerRole(Role role, RegionLevel level, Stage stage) {
        this.role = role;
        this.level = level;
        this.stage = stage;
    }

    Role role() {
        return role;
    }

    RegionLevel level() {
        return level;
    }

    Stage stage() {
        return stage;
    }

    boolean isAnonymous() {
        return role == null;
    }

    /** Administrators and integrations: the system's own accounts, which run the engine, not the registry. */
    boolean isSystemAccount() {
        return role != null && !role.worksOnTheRegistry();
    }

    /** Whether the role has tasks of its own: its stage's task carries its candidate group. */
    boolean decides() {
        return switch (this) {
            case VILLAGE_OPERATOR, VILLAGE_HEAD, SUBDISTRICT_HEAD, DISTRICT_OPERATOR, DISTRICT_HEAD, MINISTRY_OFFICER ->
                true;
            default -> false;
        };
    }

    /** Whether the role chairs its level's deliberation (musdes, plenary, ratification, decree). */
    boolean chairs() {
        return switch (this) {
            case VILLAGE_HEAD, SUBDISTRICT_HEAD, DISTRICT_HEAD, MINISTRY_OFFICER -> true;
            default -> false;
        };
    }

    /** The deliberation level of the caller's region, as the API names it; national callers hold the decree. */
    String deliberationLevel() {
        if (level == null) {
            return isAnonymous() ? "VILLAGE" : "MINISTRY";
        }
        return level.name();
    }

    /** The scopes a thing can lie in for this caller. */
    List<Scope> scopes(boolean scopedTarget) {
        if (!scopedTarget || isAnonymous()) {
            return List.of(Scope.NONE);
        }
        // The whole country is a national role's region: nothing lies outside it.
        return level == null ? List.of(Scope.INSIDE) : List.of(Scope.INSIDE, Scope.OUTSIDE);
    }

    /** Where the thing of a scope lies. */
    Place place(Scope scope) {
        if (scope != Scope.OUTSIDE) {
            return Place.HOME;
        }
        return switch (level) {
            case VILLAGE -> Place.NEIGHBOUR_VILLAGE;
            case SUBDISTRICT -> Place.OTHER_SUBDISTRICT;
            default -> Place.OTHER_DISTRICT;
        };
    }
}
