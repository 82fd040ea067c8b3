package id.verivali.changerequest;

import java.time.Instant;

/**
 * The changes proposed in one region (since a day, or ever), and how many of them have ended.
 *
 * @param done ended: approved, rejected or withdrawn
 * @param doneLately ended within the window asked about
 * @param lastFinishedAt when the last of them ended; null when none has, or none with a known time
 */
public record ProgressCount(String regionCode, long total, long done, long doneLately, Instant lastFinishedAt) {

    public static ProgressCount none(String regionCode) {
        return new ProgressCount(regionCode, 0, 0, 0, null);
    }
}
