package id.verivali.resident;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties({StatusLimits.class, SubmissionLimits.class})
class ResidentConfig {}
