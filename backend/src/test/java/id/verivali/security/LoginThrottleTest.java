package id.verivali.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class LoginThrottleTest {

    private static final String GUESSER = "203.0.113.7";
    private static final String OFFICIAL = "198.51.100.20";

    private final SettableClock clock = new SettableClock();
    private final AtomicInteger passwordsChecked = new AtomicInteger();

    /** Accepts the password "demo" for anyone. */
    private final AuthenticationProvider passwords = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication attempt) {
            passwordsChecked.incrementAndGet();
            if (!"demo".equals(attempt.getCredentials())) {
                throw new BadCredentialsException("wrong");
            }
            return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null, List.of());
        }

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }
    };

    private final LoginThrottle throttle = new LoginThrottle(
            passwords,
            new LoginThrottleProperties(5, Duration.ofSeconds(1), Duration.ofMinutes(5), 30, Duration.ofMinutes(15)),
            clock);

    private static Authentication attempt(String username, String password, String address) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return attempt;
    }

    private void guessWrong(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            var guess = attempt(username, "guess-" + i, address);
            assertThatThrownBy(() -> throttle.authenticate(guess)).isInstanceOf(BadCredentialsException.class);
        }
    }

    private boolean signsIn(String username, String address) {
        return throttle.authenticate(attempt(username, "demo", address)).isAuthenticated();
    }

    private Duration waitFor(String username, String password, String address) {
        try {
            throttle.authenticate(attempt(username, password, address));
        } catch (LoginThrottledException throttled) {
            return throttled.retryAfter();
        } catch (BadCredentialsException wrong) {
            return Duration.ZERO;
        }
        return Duration.ZERO;
    }

    @Test
    void a_guesser_waits_while_the_official_signs_in_from_another_address_at_once() {
        guessWrong("Op-6112042002", GUESSER, 5);

        assertThatThrownBy(() -> throttle.authenticate(attempt("op-6112042002", "demo", GUESSER)))
                .isInstanceOfSatisfying(LoginThrottledException.class, throttled -> {
                    assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(1));
                    assertThat(throttled.messageCode()).isEqualTo("problemDetail.tooManyLogins");
                });
        assertThat(signsIn("op-6112042002", OFFICIAL)).isTrue();
        assertThat(signsIn("kades-6112042002", GUESSER)).isTrue();
    }

    @Test
    void a_waiting_attempt_is_refused_without_its_password_being_checked() {
        guessWrong("op-1", GUESSER, 5);
        int checked = passwordsChecked.get();

        assertThat(waitFor("op-1", "guess-6", GUESSER)).isPositive();

        assertThat(passwordsChecked).hasValue(checked);
    }

    @Test
    void the_wait_doubles_with_every_further_wrong_password_up_to_the_longest() {
        guessWrong("op-1", GUESSER, 5);
        var waits = new ArrayList<Duration>();
        for (int i = 0; i < 12; i++) {
            Duration wait = waitFor("op-1", "guess", GUESSER);
            waits.add(wait);
            clock.advance(wait);
            guessWrong("op-1", GUESSER, 1);
        }

        assertThat(waits)
                .containsExactly(
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(4),
                        Duration.ofSeconds(8),
                        Duration.ofSeconds(16),
                        Duration.ofSeconds(32),
                        Duration.ofSeconds(64),
                        Duration.ofSeconds(128),
                        Duration.ofSeconds(256),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(5));
    }

    @Test
    void a_few_mistakes_make_nobody_wait() {
        guessWrong("op-1", OFFICIAL, 4);

        assertThat(signsIn("op-1", OFFICIAL)).isTrue();
    }

    @Test
    void signing_in_starts_the_count_afresh() {
        guessWrong("op-1", OFFICIAL, 4);
        assertThat(signsIn("op-1", OFFICIAL)).isTrue();

        guessWrong("op-1", OFFICIAL, 4);

        assertThat(signsIn("op-1", OFFICIAL)).isTrue();
    }

    @Test
    void wrong_passwords_are_forgotten_after_an_hour_without_one() {
        guessWrong("op-1", GUESSER, 5);
        assertThat(waitFor("op-1", "demo", GUESSER)).isEqualTo(Duration.ofSeconds(1));

        clock.advance(Duration.ofHours(1));

        guessWrong("op-1", GUESSER, 4);
        assertThat(signsIn("op-1", GUESSER)).isTrue();
    }

    @Test
    void an_address_that_sprays_many_accounts_waits_whatever_the_account() {
        for (int account = 0; account < 30; account++) {
            guessWrong("op-" + account, GUESSER, 1);
        }

        assertThatThrownBy(() -> throttle.authenticate(attempt("pusdatin", "demo", GUESSER)))
                .isInstanceOfSatisfying(LoginThrottledException.class, throttled -> {
                    assertThat(throttled.messageCode()).isEqualTo("problemDetail.tooManyLoginsFromAddress");
                    // The allowance refills one wrong password every 15 min / 30.
                    assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(30));
                });
        assertThat(signsIn("pusdatin", OFFICIAL)).isTrue();

        clock.advance(Duration.ofSeconds(30));
        assertThat(signsIn("pusdatin", GUESSER)).isTrue();
    }

    @Test
    void right_passwords_use_up_nothing() {
        for (int request = 0; request < 100; request++) {
            assertThat(signsIn("integration", OFFICIAL)).isTrue();
        }
        guessWrong("op-1", OFFICIAL, 4);

        assertThat(signsIn("op-1", OFFICIAL)).isTrue();
    }

    @Test
    void retry_after_rounds_up_to_whole_seconds() {
        guessWrong("op-1", GUESSER, 5);
        clock.advance(Duration.ofMillis(300));

        assertThatThrownBy(() -> throttle.authenticate(attempt("op-1", "demo", GUESSER)))
                .isInstanceOfSatisfying(
                        LoginThrottledException.class,
                        throttled -> assertThat(throttled.retryAfterSeconds()).isEqualTo(1));
    }

    /** A clock the test moves on by hand. */
    private static final class SettableClock extends Clock {

        private Instant now = Instant.parse("2026-03-20T02:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
