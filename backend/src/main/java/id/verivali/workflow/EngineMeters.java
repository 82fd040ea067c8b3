package id.verivali.workflow;

import static id.verivali.bpmn.HouseholdChange.TOPIC_CIVIL_REGISTRY_CHECK;

import id.verivali.common.metrics.CachedReading;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The engine's figures for the metrics scraper.
 *
 * <ul>
 *   <li>Counters of this node's engine since it started, as Camunda counts them for its own metrics (which it also
 *       writes to {@code ACT_RU_METER_LOG} every 15 minutes): {@code camunda_job_acquisition_attempt_total},
 *       {@code camunda_job_acquired_success_total}, {@code camunda_job_acquired_failure_total} (a job another node
 *       locked first), {@code camunda_job_successful_total}, {@code camunda_job_failed_total},
 *       {@code camunda_job_execution_rejected_total} (no thread free), {@code camunda_job_locked_exclusive_total}, and
 *       started activities, processes and decisions.
 *   <li>Gauges of the whole installation, the same on every node: {@code camunda_incidents_open},
 *       {@code camunda_jobs_due} (due, not locked, retries left: the job executors' backlog) and
 *       {@code verivali_civil_registry_backlog{state}}, the civil-registry checks {@code waiting} to be fetched,
 *       {@code locked} by a worker and {@code failed} (retries spent, an incident waiting for a person).
 * </ul>
 */
@Component
class EngineMeters extends AbstractProcessEnginePlugin implements MeterBinder {

    private static final Duration MAX_AGE = Duration.ofSeconds(10);

    private static final List<String> COUNTED = List.of(
            Metrics.JOB_ACQUISITION_ATTEMPT,
            Metrics.JOB_ACQUIRED_SUCCESS,
            Metrics.JOB_ACQUIRED_FAILURE,
            Metrics.JOB_SUCCESSFUL,
            Metrics.JOB_FAILED,
            Metrics.JOB_EXECUTION_REJECTED,
            Metrics.JOB_LOCKED_EXCLUSIVE,
            Metrics.ACTIVTY_INSTANCE_START,
            Metrics.ROOT_PROCESS_INSTANCE_START,
            Metrics.EXECUTED_DECISION_INSTANCES);

    private final Map<String, AtomicLong> occurrences = new ConcurrentHashMap<>();
    private final CachedReading<Backlog> backlog;

    EngineMeters(
            @Lazy ManagementService management,
            @Lazy RuntimeService runtime,
            @Lazy ExternalTaskService externalTasks,
            Clock clock) {
        COUNTED.forEach(name -> occurrences.put(name, new AtomicLong()));
        this.backlog = new CachedReading<>(() -> Backlog.read(management, runtime, externalTasks), MAX_AGE, clock);
    }

    /** Counts what the engine marks beside its own meters, which its reporter empties every time it writes them. */
    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        engine.setMetricsRegistry(new MetricsRegistry() {
            @Override
            public void markOccurrence(String name, long times) {
                super.markOccurrence(name, times);
                var counted = occurrences.get(name);
                if (counted != null) {
                    counted.addAndGet(times);
                }
            }
        });
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        occurrences.forEach(
                (name, count) -> FunctionCounter.builder("camunda." + name.replace('-', '.'), count, AtomicLong::get)
                        .description("Camunda engine: " + name + " on this node")
                        .register(registry));
        gauge("camunda.incidents.open", Backlog::incidents).register(registry);
        gauge("camunda.jobs.due", Backlog::dueJobs).register(registry);
        gauge("verivali.civil.registry.backlog", Backlog::waitingChecks)
                .tag("state", "waiting")
                .register(registry);
        gauge("verivali.civil.registry.backlog", Backlog::lockedChecks)
                .tag("state", "locked")
                .register(registry);
        gauge("verivali.civil.registry.backlog", Backlog::failedChecks)
                .tag("state", "failed")
                .register(registry);
    }

    private Gauge.Builder<CachedReading<Backlog>> gauge(String name, ToLongFunction<Backlog> of) {
        return Gauge.builder(name, backlog, reading -> of.applyAsLong(reading.get()));
    }

    private record Backlog(long incidents, long dueJobs, long waitingChecks, long lockedChecks, long failedChecks) {

        static Backlog read(ManagementService management, RuntimeService runtime, ExternalTaskService externalTasks) {
            return new Backlog(
                    runtime.createIncidentQuery().count(),
                    management.createJobQuery().executable().count(),
                    externalTasks
                            .createExternalTaskQuery()
                            .topicName(TOPIC_CIVIL_REGISTRY_CHECK)
                            .notLocked()
                            .withRetriesLeft()
                            .count(),
                    externalTasks
                            .createExternalTaskQuery()
                            .topicName(TOPIC_CIVIL_REGISTRY_CHECK)
                            .locked()
                            .count(),
                    externalTasks
                            .createExternalTaskQuery()
                            .topicName(TOPIC_CIVIL_REGISTRY_CHECK)
                            .noRetriesLeft()
                            .count());
        }
    }
}
