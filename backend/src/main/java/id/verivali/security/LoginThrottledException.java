package id.verivali.security;

import id.verivali.common.allowance.Allowances;
import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins: refused without checking the password until the wait is over. */
class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;
    private final String messageCode;

    private LoginThrottledException(Duration retryAfter, String messageCode) {
        super("Too many failed sign-ins");
        this.retryAfter = retryAfter;
        this.messageCode = messageCode;
    }

    /** Too many wrong passwords for this account from this address. */
    static LoginThrottledException forAccount(Duration retryAfter) {
        return new LoginThrottledException(retryAfter, "problemDetail.tooManyLogins");
    }

    /** Too many wrong passwords from this address, whatever the accounts. */
    static LoginThrottledException forAddress(Duration retryAfter) {
        return new LoginThrottledException(retryAfter, "problemDetail.tooManyLoginsFromAddress");
    }

    Duration retryAfter() {
        return retryAfter;
    }

    /** For {@code Retry-After}: whole seconds, rounded up so that a client waiting that long is let in. */
    long retryAfterSeconds() {
        return Allowances.retryAfterSeconds(retryAfter);
    }

    /** The message explaining the refusal to the caller. */
    String messageCode() {
        return messageCode;
    }
}
