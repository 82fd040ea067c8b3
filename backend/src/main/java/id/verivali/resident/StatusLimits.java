package id.verivali.resident;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How often residents may check a status ({@code verivali.public.status.*}): per client address (someone trying NIKs
 * one after another) and per NIK (someone trying names against one NIK, from many addresses).
 *
 * @param perAddress lookups an address may make, refilled over {@code addressPeriod}
 * @param perNik lookups of one NIK, refilled over {@code nikPeriod}
 * @param minAnswerTime the least time a "not found" takes, so that how long an answer took tells nothing either
 */
@Validated
@ConfigurationProperties("verivali.public.status")
record StatusLimits(
        @DefaultValue("10") @Positive int perAddress,
        @DefaultValue("10m") Duration addressPeriod,
        @DefaultValue("5") @Positive int perNik,
        @DefaultValue("1h") Duration nikPeriod,
        @DefaultValue("150ms") Duration minAnswerTime) {}
