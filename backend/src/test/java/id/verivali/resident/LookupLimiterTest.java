package id.verivali.resident;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LookupLimiterTest {

    private final LookupLimiter limiter = new LookupLimiter(
            new StatusLimits(2, Duration.ofMinutes(10), 3, Duration.ofHours(1), Duration.ofMillis(150)),
            Clock.systemUTC());

    @Test
    void an_address_past_its_allowance_waits_while_another_address_goes_on() {
        limiter.take("203.0.113.7", "6112040101900001");
        limiter.take("203.0.113.7", "6112040101900002");

        assertThatThrownBy(() -> limiter.take("203.0.113.7", "6112040101900003"))
                .isInstanceOfSatisfying(TooManyLookupsException.class, refused -> {
                    long seconds = Long.parseLong(refused.getHeaders().getFirst("Retry-After"));
                    // Two lookups refill over ten minutes: the next in about five.
                    org.assertj.core.api.Assertions.assertThat(seconds).isBetween(290L, 300L);
                    org.assertj.core.api.Assertions.assertThat(refused.getDetailMessageCode())
                            .isEqualTo("resident.tooManyLookups.address");
                });
        assertThatCode(() -> limiter.take("198.51.100.20", "6112040101900003")).doesNotThrowAnyException();
    }

    @Test
    void a_nik_past_its_allowance_waits_from_every_address() {
        limiter.take("203.0.113.1", "6112040101900009");
        limiter.take("203.0.113.2", "6112040101900009");
        limiter.take("203.0.113.3", "6112040101900009");

        assertThatThrownBy(() -> limiter.take("203.0.113.4", "6112040101900009"))
                .isInstanceOfSatisfying(
                        TooManyLookupsException.class,
                        refused -> org.assertj.core.api.Assertions.assertThat(refused.getDetailMessageCode())
                                .isEqualTo("resident.tooManyLookups.nik"));
    }
}
