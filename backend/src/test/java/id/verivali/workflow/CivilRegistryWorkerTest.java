package id.verivali.workflow;

import static id.verivali.bpmn.HouseholdChange.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.verivali.civilregistry.CivilRegistry;
import id.verivali.household.CivilRegistryStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryTopicBuilder;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worker alone, against a stand-in ExternalTaskService: what it answers and how it retries. */
class CivilRegistryWorkerTest {

    private static final String PERSONS = """
            [{"nik":"6112045505900001","name":"Siti Aminah","birthDate":"1990-05-15"},
             {"nik":"6112041203850002","name":"Ahmad Yani","birthDate":"1985-03-12"}]""";

    private final ExternalTaskService externalTasks = mock(ExternalTaskService.class, RETURNS_DEEP_STUBS);
    // Its matchAll asks match person by person, which each test stubs.
    private final CivilRegistry civilRegistry = mock(CivilRegistry.class, CALLS_REAL_METHODS);
    private final LockedExternalTask task = mock(LockedExternalTask.class);
    private CivilRegistryWorker worker;

    @BeforeEach
    void lockOneTask() {
        var properties = new WorkflowProperties(
                15,
                new WorkflowProperties.CivilRegistryWorker(
                        true,
                        Duration.ofSeconds(2),
                        20,
                        1,
                        Duration.ofMinutes(5),
                        List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30))),
                List.of(TOPIC_CIVIL_REGISTRY_CHECK),
                null);
        worker = new CivilRegistryWorker(
                externalTasks, civilRegistry, new ObjectMapper().registerModule(new JavaTimeModule()), properties);
        when(task.getId()).thenReturn("task-1");
        when(task.getVariables()).thenReturn(Variables.putValue(VAR_PERSONS_TO_MATCH, PERSONS));
        ExternalTaskQueryTopicBuilder topic = externalTasks
                .fetchAndLock(20, CivilRegistryWorker.WORKER_ID)
                .topic(TOPIC_CIVIL_REGISTRY_CHECK, Duration.ofMinutes(5).toMillis())
                .variables(VAR_PERSONS_TO_MATCH);
        when(topic.execute()).thenReturn(List.of(task));
    }

    @Test
    void it_answers_with_each_persons_match_and_the_households_worst() {
        when(civilRegistry.match(any()))
                .thenReturn(CivilRegistryStatus.MATCHED)
                .thenReturn(CivilRegistryStatus.DECEASED);

        assertThat(worker.poll()).isOne();

        verify(externalTasks)
                .complete(
                        "task-1",
                        CivilRegistryWorker.WORKER_ID,
                        Map.of(
                                VAR_CIVIL_REGISTRY_RESULT,
                                "DECEASED",
                                VAR_CIVIL_REGISTRY_MATCHES,
                                "{\"6112045505900001\":\"MATCHED\",\"6112041203850002\":\"DECEASED\"}"));
    }

    @ParameterizedTest
    @CsvSource({
        // retries Camunda holds before this failure, retries left after it, wait before the next attempt
        ", 3, 60000",
        "3, 2, 300000",
        "2, 1, 1800000",
        "1, 0, 0",
        // set by hand to more than the backoff list has waits
        "7, 6, 60000"
    })
    void a_failure_is_retried_after_a_growing_wait_and_the_last_one_leaves_an_incident(
            Integer retriesBefore, int retriesLeft, long wait) {
        when(task.getRetries()).thenReturn(retriesBefore);
        when(civilRegistry.match(any())).thenThrow(new IllegalStateException("Dukcapil tidak menjawab"));

        worker.poll();

        verify(externalTasks)
                .handleFailure(
                        eq("task-1"),
                        eq(CivilRegistryWorker.WORKER_ID),
                        eq("IllegalStateException: Dukcapil tidak menjawab"),
                        anyString(),
                        eq(retriesLeft),
                        eq(wait));
        verify(externalTasks, never()).complete(anyString(), anyString(), anyMap());
    }

    @Test
    void a_batch_is_answered_concurrency_tasks_at_a_time() throws Exception {
        var properties = new WorkflowProperties(
                15,
                new WorkflowProperties.CivilRegistryWorker(
                        true, Duration.ofSeconds(2), 20, 3, Duration.ofMinutes(5), List.of(Duration.ofMinutes(1))),
                List.of(TOPIC_CIVIL_REGISTRY_CHECK),
                null);
        var concurrent = new CivilRegistryWorker(
                externalTasks, civilRegistry, new ObjectMapper().registerModule(new JavaTimeModule()), properties);
        var tasks = new ArrayList<LockedExternalTask>();
        for (int i = 1; i <= 3; i++) {
            var locked = mock(LockedExternalTask.class);
            when(locked.getId()).thenReturn("task-" + i);
            when(locked.getVariables()).thenReturn(Variables.putValue(VAR_PERSONS_TO_MATCH, PERSONS));
            tasks.add(locked);
        }
        when(externalTasks
                        .fetchAndLock(20, CivilRegistryWorker.WORKER_ID)
                        .topic(TOPIC_CIVIL_REGISTRY_CHECK, Duration.ofMinutes(5).toMillis())
                        .variables(VAR_PERSONS_TO_MATCH)
                        .execute())
                .thenReturn(tasks);
        // Each task's first match waits until all three tasks are being matched: only side by side do they pass.
        var allThree = new CountDownLatch(3);
        when(civilRegistry.match(any())).thenAnswer(call -> {
            allThree.countDown();
            return allThree.await(10, TimeUnit.SECONDS) ? CivilRegistryStatus.MATCHED : CivilRegistryStatus.NIK_UNKNOWN;
        });

        try {
            assertThat(concurrent.poll()).isEqualTo(3);
        } finally {
            concurrent.stop();
        }

        for (int i = 1; i <= 3; i++) {
            verify(externalTasks)
                    .complete(
                            "task-" + i,
                            CivilRegistryWorker.WORKER_ID,
                            Map.of(
                                    VAR_CIVIL_REGISTRY_RESULT,
                                    "MATCHED",
                                    VAR_CIVIL_REGISTRY_MATCHES,
                                    "{\"6112045505900001\":\"MATCHED\",\"6112041203850002\":\"MATCHED\"}"));
        }
    }

    @Test
    void the_households_result_is_its_worst_members() {
        assertThat(CivilRegistryWorker.overall(List.of(CivilRegistryStatus.MATCHED, CivilRegistryStatus.NOT_MATCHED)))
                .isEqualTo(CivilRegistryStatus.NOT_MATCHED);
        assertThat(CivilRegistryWorker.overall(List.of(CivilRegistryStatus.DECEASED, CivilRegistryStatus.NIK_UNKNOWN)))
                .isEqualTo(CivilRegistryStatus.NIK_UNKNOWN);
        assertThat(CivilRegistryWorker.overall(List.of(CivilRegistryStatus.MATCHED)))
                .isEqualTo(CivilRegistryStatus.MATCHED);
        assertThat(CivilRegistryWorker.overall(List.of())).isEqualTo(CivilRegistryStatus.NIK_UNKNOWN);
    }
}
