package id.verivali.resident;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Residents' lookups per client address and per NIK, each a token bucket refilled greedily over its period (Bucket4j),
 * kept for a period after its last use (Caffeine): a few thousand addresses a day take a few hundred kilobytes. Per
 * node: behind a proxy that spreads requests over N nodes, an address gets at most N times its allowance.
 */
@Component
class LookupLimiter {

    private static final int MAX_ENTRIES = 100_000;

    private final LoadingCache<String, Bucket> addresses;
    private final LoadingCache<String, Bucket> niks;

    LookupLimiter(StatusLimits limits) {
        this.addresses = buckets(limits.perAddress(), limits.addressPeriod());
        this.niks = buckets(limits.perNik(), limits.nikPeriod());
    }

    /** Takes one lookup from both allowances, or says how long to wait for the one that has none left. */
    void take(String clientAddress, String nik) {
        take(addresses.get(clientAddress), "resident.tooManyLookups.address");
        take(niks.get(nik), "resident.tooManyLookups.nik");
    }

    private static void take(Bucket bucket, String messageCode) {
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyLookupsException(Duration.ofNanos(probe.getNanosToWaitForRefill()), messageCode);
        }
    }

    private static LoadingCache<String, Bucket> buckets(int capacity, Duration period) {
        Function<String, Bucket> bucket = key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                .build();
        return Caffeine.newBuilder()
                .expireAfterAccess(period)
                .maximumSize(MAX_ENTRIES)
                .build(bucket::apply);
    }
}
