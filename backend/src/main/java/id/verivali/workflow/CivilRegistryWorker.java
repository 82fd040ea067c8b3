package id.verivali.workflow;

import static id.verivali.bpmn.HouseholdChange.*;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.verivali.civilregistry.CivilRegistry;
import id.verivali.household.CivilRegistryStatus;
import id.verivali.household.PersonToMatch;
import jakarta.annotation.PreDestroy;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Serves the {@code civil-registry-check} external task inside the application, through the {@link CivilRegistry}
 * port. A failure is retried after each wait of {@code retry-backoff}; after the last, Camunda raises an incident that
 * Cockpit shows, and the change waits for a person instead of being lost.
 */
@Component
class CivilRegistryWorker {

    static final String WORKER_ID = "verivali-civil-registry";
    private static final Logger log = LoggerFactory.getLogger(CivilRegistryWorker.class);
    private static final TypeReference<List<PersonToMatch>> PERSONS = new TypeReference<>() {};

    /** The household's result is its worst member's: an unknown NIK outweighs a mismatch, which outweighs a death. */
    private static final List<CivilRegistryStatus> SEVERITY = List.of(
            CivilRegistryStatus.NIK_UNKNOWN,
            CivilRegistryStatus.NOT_MATCHED,
            CivilRegistryStatus.DECEASED,
            CivilRegistryStatus.MATCHED);

    private final ExternalTaskService externalTasks;
    private final CivilRegistry civilRegistry;
    private final ObjectMapper json;
    private final WorkflowProperties.CivilRegistryWorker settings;
    /** Answers a batch's tasks side by side; none when they are answered one after the other. */
    private final ExecutorService answering;

    CivilRegistryWorker(
            ExternalTaskService externalTasks,
            CivilRegistry civilRegistry,
            ObjectMapper json,
            WorkflowProperties properties) {
        this.externalTasks = externalTasks;
        this.civilRegistry = civilRegistry;
        this.json = json;
        this.settings = properties.civilRegistryWorker();
        this.answering = settings.concurrency() > 1
                ? Executors.newFixedThreadPool(settings.concurrency(), answeringThreads())
                : null;
    }

    /**
     * Locks a batch of what is waiting and serves it, {@code concurrency} tasks at a time; returns how many tasks it
     * took once all are answered.
     */
    int poll() {
        var locked = externalTasks
                .fetchAndLock(settings.batchSize(), WORKER_ID)
                .topic(TOPIC_CIVIL_REGISTRY_CHECK, settings.lockDuration().toMillis())
                .variables(VAR_PERSONS_TO_MATCH)
                .execute();
        if (answering == null || locked.size() < 2) {
            locked.forEach(this::serve);
        } else {
            CompletableFuture.allOf(locked.stream()
                            .map(task -> CompletableFuture.runAsync(() -> serve(task), answering))
                            .toArray(CompletableFuture[]::new))
                    .join();
        }
        return locked.size();
    }

    private static CustomizableThreadFactory answeringThreads() {
        var threads = new CustomizableThreadFactory("civil-registry-");
        threads.setDaemon(true);
        return threads;
    }

    @PreDestroy
    void stop() {
        if (answering != null) {
            answering.shutdown();
        }
    }

    private void serve(LockedExternalTask task) {
        try {
            var persons = json.readValue(
                    JsonVariables.text(task.getVariables().getValueTyped(VAR_PERSONS_TO_MATCH)), PERSONS);
            var matches = civilRegistry.matchAll(persons);
            externalTasks.complete(
                    task.getId(),
                    WORKER_ID,
                    Map.of(
                            VAR_CIVIL_REGISTRY_RESULT, overall(matches.values()).name(),
                            VAR_CIVIL_REGISTRY_MATCHES, json.writeValueAsString(matches)));
        } catch (Exception failure) {
            fail(task, failure);
        }
    }

    private void fail(LockedExternalTask task, Exception failure) {
        var backoff = settings.retryBackoff();
        // Camunda leaves retries unset until the first failure reports them.
        int retriesLeft = task.getRetries() == null ? backoff.size() : task.getRetries() - 1;
        // Retries raised by hand (Cockpit, REST) beyond the list start again from its first wait.
        long wait = retriesLeft > 0
                ? backoff.get(Math.max(0, backoff.size() - retriesLeft)).toMillis()
                : 0;
        log.warn("Civil-registry check of {} failed, {} retries left", task.getBusinessKey(), retriesLeft, failure);
        externalTasks.handleFailure(
                task.getId(), WORKER_ID, messageOf(failure), stackTraceOf(failure), Math.max(retriesLeft, 0), wait);
    }

    static CivilRegistryStatus overall(Collection<CivilRegistryStatus> matches) {
        return SEVERITY.stream()
                .filter(matches::contains)
                .findFirst()
                // Nobody to match (a household without active members) is nothing the registry can vouch for.
                .orElse(CivilRegistryStatus.NIK_UNKNOWN);
    }

    private static String messageOf(Exception failure) {
        var message = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return message.length() > 600 ? message.substring(0, 600) : message;
    }

    private static String stackTraceOf(Exception failure) {
        var out = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
