package id.verivali.security;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/**
 * Limits wrong passwords per account, for the sign-in form and HTTP Basic alike: {@code attempts} failures, then one
 * more attempt each {@code period / attempts}. Guessing a password becomes slow, while an official who mistypes a few
 * times is not locked out for long.
 */
class LoginThrottle implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoadingCache<String, Bucket> failures;

    LoginThrottle(AuthenticationProvider passwords, int attempts, Duration period) {
        this.passwords = passwords;
        this.failures = Caffeine.newBuilder()
                .expireAfterAccess(period.multipliedBy(2))
                .maximumSize(100_000)
                .build(account -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(attempts).refillGreedy(attempts, period))
                        .build());
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        var bucket = failures.get(String.valueOf(attempt.getName()).toLowerCase(Locale.ROOT));
        var probe = bucket.estimateAbilityToConsume(1);
        if (!probe.canBeConsumed()) {
            throw new LoginThrottledException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
        try {
            return passwords.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            bucket.tryConsume(1);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
