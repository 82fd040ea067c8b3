package id.verivali.workflow;

import id.verivali.bpmn.StageDeadline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies {@code verivali.workflow.test-only-day-lasts}: a test that runs the application with it watches reminders
 * and escalations fall due within seconds. Said loudly at start-up, since no installation should run so.
 */
@Component
class CompressedDeadlines {

    private static final Logger log = LoggerFactory.getLogger(CompressedDeadlines.class);

    CompressedDeadlines(WorkflowProperties properties) {
        var day = properties.testOnlyDayLasts();
        if (day != null) {
            log.warn("TEST ONLY: every deadline's day lasts {}; never run an installation so", day);
        }
        StageDeadline.compressDays(day);
    }
}
