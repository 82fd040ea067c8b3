package id.verivali.common.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A figure read from the database for the metrics scraper at most once every {@code maxAge}: each node's gauges share
 * one reading per scrape, and two scrapers (or a scraper and a person looking) cost one query.
 *
 * @param <T> the reading, read whole (one query answering every gauge that shares it)
 */
public final class CachedReading<T> implements Supplier<T> {

    private final Supplier<T> read;
    private final Duration maxAge;
    private final Clock clock;
    private T value;
    private Instant readAt = Instant.MIN;

    public CachedReading(Supplier<T> read, Duration maxAge, Clock clock) {
        this.read = read;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    public synchronized T get() {
        var now = clock.instant();
        if (value == null || !now.isBefore(readAt.plus(maxAge))) {
            value = read.get();
            readAt = now;
        }
        return value;
    }
}
