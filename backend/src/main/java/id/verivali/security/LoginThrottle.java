package id.verivali.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.verivali.common.allowance.Allowances;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Slows down password guessing, for the sign-in form and HTTP Basic alike, without handing anyone a way to keep an
 * official out: wrong passwords count per account <em>and</em> client address, so a guesser waits while the official
 * signs in from their own device at once.
 *
 * <ul>
 *   <li>After {@code freeFailures} wrong passwords for an account from one address, that address waits
 *       {@code firstWait} before its next attempt for the account, twice as long after each further one, up to
 *       {@code longestWait}. Signing in, or an hour without a wrong password, starts it afresh.
 *   <li>Against password spraying, an address may get {@code addressFailures} passwords wrong for any accounts; then
 *       it waits as its allowance refills over {@code addressPeriod}.
 * </ul>
 *
 * A waiting attempt is refused without its password being checked. The address is the one Tomcat reports: the
 * client's own, or the one a trusted proxy forwards.
 */
class LoginThrottle implements AuthenticationProvider {

    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int MAX_ENTRIES = 100_000;

    private final AuthenticationProvider passwords;
    private final LoginThrottleProperties limits;
    private final Clock clock;
    private final Cache<AccountAt, Failures> failures;
    private final Allowances addressAllowances;

    LoginThrottle(AuthenticationProvider passwords, LoginThrottleProperties limits, Clock clock) {
        this.passwords = passwords;
        this.limits = limits;
        this.clock = clock;
        this.failures = Caffeine.newBuilder()
                .ticker(Allowances.ticker(clock))
                .expireAfterWrite(FORGET_AFTER)
                .maximumSize(MAX_ENTRIES)
                .build();
        this.addressAllowances = new Allowances(limits.addressFailures(), limits.addressPeriod(), clock);
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String address = clientAddress(attempt);
        var accountAt = new AccountAt(String.valueOf(attempt.getName()).toLowerCase(Locale.ROOT), address);
        var earlier = failures.getIfPresent(accountAt);
        if (earlier != null) {
            Duration wait = waitLeft(earlier);
            if (wait.compareTo(Duration.ZERO) > 0) {
                throw LoginThrottledException.forAccount(wait);
            }
        }
        // Taken before the password is checked, so that guesses sent in parallel cannot all slip through; anything
        // but a wrong password gives it back.
        var addressWait = addressAllowances.take(address);
        if (addressWait.isPresent()) {
            throw LoginThrottledException.forAddress(addressWait.get());
        }
        Authentication checked;
        try {
            checked = passwords.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            failures.asMap().merge(accountAt, new Failures(1, clock.instant()), Failures::andThen);
            throw wrong;
        } catch (RuntimeException notAGuess) {
            addressAllowances.giveBack(address);
            throw notAGuess;
        }
        addressAllowances.giveBack(address);
        failures.invalidate(accountAt);
        return checked;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    /** How long the address must still wait before its next attempt for the account; zero or less: none. */
    private Duration waitLeft(Failures earlier) {
        int beyondFree = earlier.count() - limits.freeFailures();
        if (beyondFree < 0) {
            return Duration.ZERO;
        }
        Duration wait = limits.firstWait().multipliedBy(1L << Math.min(beyondFree, 30));
        if (wait.compareTo(limits.longestWait()) > 0) {
            wait = limits.longestWait();
        }
        return Duration.between(clock.instant(), earlier.last().plus(wait));
    }

    /**
     * The address the sign-in form and HTTP Basic record with every attempt; an attempt without one shares a single
     * allowance with all others like it.
     */
    private static String clientAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
    }

    private record AccountAt(String account, String address) {}

    /** An account's wrong passwords from one address, and when the last came. */
    private record Failures(int count, Instant last) {

        Failures andThen(Failures later) {
            return new Failures(count + later.count, later.last);
        }
    }
}
