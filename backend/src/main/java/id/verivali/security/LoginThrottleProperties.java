package id.verivali.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in slows down password guessing ({@code verivali.security.sign-in-throttle.*}).
 *
 * @param freeFailures wrong passwords for one account from one client address before that address must wait
 * @param firstWait the wait after those; it doubles with every further wrong password
 * @param longestWait the most the wait doubles to
 * @param addressFailures wrong passwords from one client address, for any accounts, before it must wait (password
 *     spraying)
 * @param addressPeriod the time in which an address's allowance of wrong passwords refills
 */
@ConfigurationProperties("verivali.security.sign-in-throttle")
record LoginThrottleProperties(
        @DefaultValue("5") int freeFailures,
        @DefaultValue("1s") Duration firstWait,
        @DefaultValue("5m") Duration longestWait,
        @DefaultValue("30") int addressFailures,
        @DefaultValue("15m") Duration addressPeriod) {}
