package id.verivali.common;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for "today" everywhere, in the registry's time zone (WIB unless configured). */
@Configuration
class ClockConfig {

    @Bean
    Clock clock(@Value("${verivali.time-zone:Asia/Jakarta}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
