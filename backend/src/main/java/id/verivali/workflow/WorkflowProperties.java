package id.verivali.workflow;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the approval chain's glue ({@code verivali.workflow.*}).
 *
 * @param cycleCutOffDay the day of the month after which a change reaching the ministry waits for the next cycle
 * @param civilRegistryWorker the embedded worker that serves the civil-registry check
 * @param integrationTopics the external-task topics that {@code INTEGRATION} accounts may fetch, lock and complete
 *     through Camunda's REST API
 * @param testOnlyDayLasts for tests of the running application only: how long a deadline's day lasts, so that
 *     reminders and escalations fall due within seconds; unset (calendar days) everywhere else
 */
@ConfigurationProperties("verivali.workflow")
record WorkflowProperties(
        @DefaultValue("15") int cycleCutOffDay,
        @DefaultValue CivilRegistryWorker civilRegistryWorker,
        @DefaultValue("civil-registry-check") List<String> integrationTopics,
        Duration testOnlyDayLasts) {

    /**
     * @param polling whether the worker polls by itself; off when an external worker serves the topic
     * @param pollInterval pause between polls
     * @param batchSize tasks locked per poll: a district round queues thousands of checks at once
     * @param concurrency how many of a batch's tasks are answered at the same time, each completion its own engine
     *     transaction
     * @param lockDuration how long a locked task is the worker's alone
     * @param retryBackoff the waits before each retry; after the last, an incident waits for a person
     */
    record CivilRegistryWorker(
            @DefaultValue("true") boolean polling,
            @DefaultValue("2s") Duration pollInterval,
            @DefaultValue("100") int batchSize,
            @DefaultValue("2") int concurrency,
            @DefaultValue("5m") Duration lockDuration,
            @DefaultValue({"1m", "5m", "30m"}) List<Duration> retryBackoff) {}
}
