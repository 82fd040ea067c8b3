package id.verivali.round;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How rounds start their changes ({@code verivali.rounds.*}).
 *
 * @param runner whether this node runs rounds' batches in the background (off in tests that run them by hand)
 * @param batchSize households a batch takes: one transaction, so a few seconds of work at most
 * @param pollInterval how often the runner looks for rounds that are starting
 */
@Validated
@ConfigurationProperties("verivali.rounds")
record RoundProperties(
        @DefaultValue("true") boolean runner,
        @DefaultValue("100") @Positive @Max(1000) int batchSize,
        @DefaultValue("2s") Duration pollInterval) {}
