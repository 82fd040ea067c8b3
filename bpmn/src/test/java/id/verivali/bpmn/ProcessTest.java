package id.verivali.bpmn;

import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** An in-memory engine per test class, configured by {@code camunda.cfg.xml}. */
@ExtendWith(ProcessEngineExtension.class)
abstract class ProcessTest {}
