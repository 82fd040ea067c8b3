package id.verivali.cluster;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One node of Verivali: the built jar in a process of its own, on the test's MySQL database, with the demo's accounts
 * and a small demo district. Its log goes to {@code target/cluster-test/<name>-<run>.log}.
 */
final class Node {

    private static final Duration START_UP = Duration.ofMinutes(4);

    private final String name;
    private final String database;
    private final List<String> settings;
    private final int port;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private int runs;

    Node(String name, String database, List<String> settings) throws IOException {
        this.name = name;
        this.database = database;
        this.settings = settings;
        this.port = freePort();
    }

    String name() {
        return name;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Starts the process and waits until it reports itself ready. */
    Node start() throws IOException, InterruptedException {
        var log = Path.of("target", "cluster-test", name + "-" + ++runs + ".log");
        Files.createDirectories(log.getParent());
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx512m",
                "-jar",
                new File("target/verivali.jar").getAbsolutePath(),
                "--spring.profiles.active=demo,mysql",
                "--server.address=127.0.0.1",
                "--server.port=" + port));
        command.addAll(settings);
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("VERIVALI_DB_NAME", database);
        process = builder.start();
        var deadline = Instant.now().plus(START_UP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited at start-up; see " + log.toAbsolutePath());
            }
            try {
                var ready = http.send(
                        HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness")))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException(name + " not ready within " + START_UP + "; see " + log.toAbsolutePath());
    }

    /** {@code kill -9}: no shutdown hook runs, no transaction in flight finishes. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
