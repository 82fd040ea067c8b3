package id.verivali.household;

/** Whether a household or member is on the registry. Removed records stay, with their reason, for the history. */
public enum RecordStatus {
    ACTIVE,
    REMOVED
}
