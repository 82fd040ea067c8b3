package id.verivali.household;

/** Why a household or member leaves the registry (Permensos 3/2021 practice; docs/domain.md). */
public enum RemovalReason {
    DECEASED,
    MOVED,
    DUPLICATE,
    NOT_FOUND,
    NO_LONGER_ELIGIBLE,
    CIVIL_SERVANT_MILITARY_POLICE,
    INVALID_NIK
}
