package id.verivali.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, on the demo data. The database comes from the profiles the build passes
 * ({@code demo,test}: in-memory H2; {@code demo,mysql} with the mysql-it profile), so one suite runs on both.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Tests move processes on themselves (jobs, the civil-registry worker), so nothing runs behind their back, and
        // start with no demo changes in flight nor demo targets: each suite makes its own.
        properties = {
            "camunda.bpm.job-execution.enabled=false",
            "verivali.workflow.civil-registry-worker.polling=false",
            "verivali.demo.changes-per-village=0",
            "verivali.demo.targets=false",
            // Long enough that a test's next request always falls within a sign-in back-off.
            "verivali.security.sign-in-throttle.first-wait=1m",
            // Rounds' batches run when a test runs them.
            "verivali.rounds.runner=false",
            // Every test calls from loopback: residents' lookups per address would run out across the suite.
            "verivali.public.status.per-address=100000",
            "verivali.public.status.min-answer-time=20ms",
            "verivali.public.submissions.per-address=100000",
            "verivali.rounds.batch-size=5"
        })
@Import(Api.class)
public @interface IntegrationTest {}
