package id.verivali.common.tally;

/** Counts kept per village: each counts its marked villages again when asked, for the background pass. */
public interface VillageTally {

    /** Counts again every marked village of the country. */
    void refreshAll();
}
