package id.verivali.bpmn;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An in-memory engine per test class, configured by {@code camunda.cfg.xml}, recording which flow nodes and sequence
 * flows each test passed; the build aggregates them over all classes in target/process-test-coverage/all.
 */
@ExtendWith(ProcessEngineCoverageExtension.class)
abstract class ProcessTest {

    /** Tests move the engine's clock and stand in for the application's beans; neither may leak into the next. */
    @AfterEach
    void resetClockAndStandIns() {
        ClockUtil.reset();
        Mocks.reset();
    }
}
