package id.verivali.demo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a demo setting the application cannot start with into Spring Boot's "APPLICATION FAILED TO START" report,
 * naming the setting and what to give it, instead of a stack trace. Registered in {@code META-INF/spring.factories}.
 */
public class DemoSettingFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDemoSettingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidDemoSettingException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
