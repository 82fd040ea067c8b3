package id.verivali.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The plain Camunda engine, as a bare {@link ProcessEngine} on a database of its own, without Verivali's listeners,
 * read model or tables, running a process of the household change's shape up to its first user task: the start event
 * continuing asynchronously (a job for the engine's job executor), a service task, the civil-registry check as an
 * external task served the way Verivali's embedded worker serves it (batches of 100 fetched and locked by one thread,
 * answered two at a time), a second service task, and the user task with its two non-interrupting timers. Each
 * instance starts with the same variables a change's process starts with, the people to match kept as bytes as a JSON
 * variable is.
 */
final class PlainEngine implements AutoCloseable {

    static final String PROCESS_KEY = "plainHouseholdChange";
    static final String TOPIC = "civil-registry-check";
    private static final String WORKER = "plain-worker";
    private static final int FETCH_SIZE = 100;

    private final HikariDataSource dataSource;
    private final ProcessEngine engine;
    private final ExecutorService answering = Executors.newFixedThreadPool(2);
    private final Thread worker;
    private volatile boolean running = true;

    /**
     * @param uuidIds the engine's rows get {@code StrongUuidGenerator}'s ids, as Verivali's do; otherwise the
     *     standalone configuration's {@code DbIdGenerator}, which takes blocks of 100 from a counter row in a
     *     transaction of their own
     */
    PlainEngine(String jdbcUrl, String username, String password, boolean uuidIds) {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl);
        dataSource.setUsername(username);
        dataSource.setPassword(password);
        // As the application's pool: Camunda 7 refuses REPEATABLE READ, MySQL's default.
        dataSource.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        dataSource.setMaximumPoolSize(20);
        var configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("plain-bench");
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        if (uuidIds) {
            configuration.setIdGenerator(new StrongUuidGenerator());
        }
        configuration.setMetricsEnabled(false);
        configuration.setJobExecutorActivate(true);
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance(PROCESS_KEY + ".bpmn", sameShape())
                .deploy();
        worker = new Thread(this::serveChecks, "plain-civil-registry");
        worker.setDaemon(true);
        worker.start();
    }

    /** The household change's shape up to the field check, as the fluent model API writes it. */
    static BpmnModelInstance sameShape() {
        return Bpmn.createExecutableProcess(PROCESS_KEY)
                .camundaHistoryTimeToLive(3650)
                .startEvent("proposed")
                .camundaAsyncAfter()
                .serviceTask("nikAndRegionCheck")
                .camundaExpression("${true}")
                .serviceTask("civilRegistryCheck")
                .camundaExternalTask(TOPIC)
                .serviceTask("duplicateCheck")
                .camundaExpression("${true}")
                .userTask("fieldCheck")
                .camundaCandidateGroups("VILLAGE_OPERATOR:${villageCode}")
                .boundaryEvent("remind")
                .cancelActivity(false)
                .timerWithDuration("P25D")
                .endEvent("reminded")
                .moveToActivity("fieldCheck")
                .boundaryEvent("escalate")
                .cancelActivity(false)
                .timerWithDuration("P30D")
                .endEvent("escalated")
                .moveToActivity("fieldCheck")
                .endEvent("checked")
                .done();
    }

    /** Starts one instance, in a transaction of its own as the engine's API runs each command. */
    void start(String businessKey, String villageCode, String personsToMatch) {
        String subdistrict = villageCode.substring(0, villageCode.lastIndexOf('.'));
        engine.getRuntimeService()
                .startProcessInstanceByKey(
                        PROCESS_KEY,
                        businessKey,
                        Variables.createVariables()
                                .putValue("changeType", "REVERIFY")
                                .putValue("villageCode", villageCode)
                                .putValue("subdistrictCode", subdistrict)
                                .putValue("districtCode", subdistrict.substring(0, subdistrict.lastIndexOf('.')))
                                .putValueTyped(
                                        "personsToMatch",
                                        Variables.byteArrayValue(personsToMatch.getBytes(StandardCharsets.UTF_8)))
                                .putValue("cycleCutOffDay", 15));
    }

    /** Instances waiting at the user task. */
    long waitingAtUserTask() {
        return engine.getTaskService().createTaskQuery().count();
    }

    Connection connection() throws java.sql.SQLException {
        return dataSource.getConnection();
    }

    private void serveChecks() {
        var externalTasks = engine.getExternalTaskService();
        while (running) {
            try {
                var locked = externalTasks
                        .fetchAndLock(FETCH_SIZE, WORKER)
                        .topic(TOPIC, 300_000)
                        .variables("personsToMatch")
                        .execute();
                if (locked.isEmpty()) {
                    Thread.sleep(100);
                    continue;
                }
                CompletableFuture.allOf(locked.stream()
                                .map(task -> CompletableFuture.runAsync(() -> answer(task), answering))
                                .toArray(CompletableFuture[]::new))
                        .join();
            } catch (InterruptedException stopped) {
                return;
            } catch (RuntimeException failed) {
                if (running) {
                    System.out.println("[bench] the plain engine's worker failed: " + failed);
                }
            }
        }
    }

    private void answer(LockedExternalTask task) {
        engine.getExternalTaskService()
                .complete(task.getId(), WORKER, Map.of("civilRegistryResult", "MATCHED", "civilRegistryMatches", "{}"));
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        worker.interrupt();
        worker.join(10_000);
        answering.shutdown();
        answering.awaitTermination(10, TimeUnit.SECONDS);
        engine.close();
        dataSource.close();
    }
}
