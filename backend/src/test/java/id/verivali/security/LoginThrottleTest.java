package id.verivali.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

class LoginThrottleTest {

    /** Accepts the password "demo" for anyone. */
    private final AuthenticationProvider passwords = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication attempt) {
            if (!"demo".equals(attempt.getCredentials())) {
                throw new BadCredentialsException("wrong");
            }
            return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null, java.util.List.of());
        }

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }
    };

    private final LoginThrottle throttle = new LoginThrottle(passwords, 5, Duration.ofMinutes(15));

    private static Authentication attempt(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    @Test
    void five_wrong_passwords_make_the_account_wait_even_for_the_right_one() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> throttle.authenticate(attempt("Kades-1", "guess")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> throttle.authenticate(attempt("kades-1", "demo")))
                .isInstanceOfSatisfying(
                        LoginThrottledException.class,
                        throttled -> assertThat(throttled.retryAfter())
                                .isPositive()
                                .isLessThanOrEqualTo(Duration.ofMinutes(3)));
        assertThat(throttle.authenticate(attempt("kades-2", "demo")).isAuthenticated())
                .isTrue();
    }

    @Test
    void a_few_mistakes_do_not_lock_anyone_out() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> throttle.authenticate(attempt("op-1", "typo")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThat(throttle.authenticate(attempt("op-1", "demo")).isAuthenticated())
                .isTrue();
    }
}
