package id.verivali.common.allowance;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An allowance per key: {@code capacity} uses, refilled greedily over {@code period} (a Bucket4j token bucket), on the
 * application's clock. A key left alone for a whole period is forgotten (Caffeine), its allowance then full again as
 * a new key's is; at most 100,000 keys are kept. Per node: behind a proxy that spreads requests over N nodes, a key
 * gets at most N times its allowance.
 */
public final class Allowances {

    private static final int MAX_KEYS = 100_000;

    private final LoadingCache<String, Bucket> buckets;

    public Allowances(int capacity, Duration period, Clock clock) {
        TimeMeter meter = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanos(clock);
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.buckets = Caffeine.newBuilder()
                .ticker(ticker(clock))
                .expireAfterAccess(period)
                .maximumSize(MAX_KEYS)
                .build(key -> Bucket.builder()
                        .withCustomTimePrecision(meter)
                        .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                        .build());
    }

    /** Takes one use of the key's allowance: empty when taken, or else how long until the key has one again. */
    public Optional<Duration> take(String key) {
        var taken = buckets.get(key).tryConsumeAndReturnRemaining(1);
        return taken.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(taken.getNanosToWaitForRefill()));
    }

    /** Gives back a use taken for an attempt that turned out not to count. */
    public void giveBack(String key) {
        buckets.get(key).addTokens(1);
    }

    /** A wait as {@code Retry-After} gives it: whole seconds, rounded up so that a client waiting so long gets through. */
    public static long retryAfterSeconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /** The clock as Caffeine reads time, so that what a cache forgets follows the same clock as the allowances. */
    public static Ticker ticker(Clock clock) {
        return () -> nanos(clock);
    }

    private static long nanos(Clock clock) {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
