package id.verivali.demo;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Binds the demo's settings, in the demo profile only: other installations neither need nor check them. */
@Configuration
@Profile("demo")
@EnableConfigurationProperties(DemoSettings.class)
class DemoConfig {}
