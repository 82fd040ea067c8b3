package id.verivali.bench;

import java.util.Arrays;

/** Timings of one operation, in milliseconds. */
record Latencies(int samples, double p50, double p95) {

    static Latencies of(long[] nanos) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.95));
    }

    /** Nearest rank: the smallest sample that at least this share of the samples do not exceed. */
    private static double percentile(long[] sorted, double share) {
        var rank = (int) Math.ceil(share * sorted.length);
        return sorted[Math.max(rank, 1) - 1] / 1_000_000.0;
    }
}
