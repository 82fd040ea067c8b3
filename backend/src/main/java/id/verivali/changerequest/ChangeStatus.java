package id.verivali.changerequest;

/** Where a change request stands as a whole. */
public enum ChangeStatus {
    IN_PROGRESS,
    APPROVED,
    REJECTED,
    WITHDRAWN
}
