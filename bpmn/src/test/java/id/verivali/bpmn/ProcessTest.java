package id.verivali.bpmn;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;

/**
 * An in-memory engine per test class, configured by {@code camunda.cfg.xml}, recording which flow nodes and sequence
 * flows each test passed; the build aggregates them over all classes in target/process-test-coverage/all.
 *
 * <p>Each class registers that engine itself, as a static {@code @RegisterExtension} field from
 * {@link #coverageAtLeast}, so that it can name its own minimum.
 */
abstract class ProcessTest {

    /**
     * The engine for a class whose tests together must pass at least this share of the model's flow nodes and
     * sequence flows; below it the class fails once its tests have run, and the build with it. A class's minimum sits
     * a little below its figure (target/process-test-coverage/&lt;class&gt;/report.json, or the log's "test class
     * coverage is"), about two elements of the 152: a path that no test walks any more fails the build, while a new
     * element in the model, not yet walked, does not. Raise it when a class walks more.
     */
    static ProcessEngineCoverageExtension coverageAtLeast(double minimum) {
        return ProcessEngineCoverageExtension.builder()
                .assertClassCoverageAtLeast(minimum)
                .build();
    }

    /** Tests move the engine's clock and stand in for the application's beans; neither may leak into the next. */
    @AfterEach
    void resetClockAndStandIns() {
        ClockUtil.reset();
        Mocks.reset();
    }
}
