package id.verivali.resident;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many proposals and objections residents may send ({@code verivali.public.submissions.*}). A family proposes
 * itself, perhaps a neighbour, and objects now and then; a village office helping many residents in a day proposes
 * through its operator's own account instead.
 *
 * @param perAddress submissions from one client address, refilled over {@code addressPeriod}
 * @param perNik submissions by one resident's NIK, refilled over {@code nikPeriod}
 */
@Validated
@ConfigurationProperties("verivali.public.submissions")
record SubmissionLimits(
        @DefaultValue("10") @Positive int perAddress,
        @DefaultValue("1h") Duration addressPeriod,
        @DefaultValue("3") @Positive int perNik,
        @DefaultValue("1d") Duration nikPeriod) {}
