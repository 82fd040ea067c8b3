package id.verivali.changerequest;

import java.time.Instant;

/** A change's current stage, and when it entered it. */
public record StageSince(Stage stage, Instant since) {}
