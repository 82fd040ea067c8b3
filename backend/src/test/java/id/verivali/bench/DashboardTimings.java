package id.verivali.bench;

import id.verivali.support.Api;
import java.util.function.Consumer;

/**
 * The supervisors' dashboards and the published figures over HTTP, as an official's browser asks for them (a signed-in
 * session), each next to its target. The first request after the open work or the registry changed also counts the
 * changed villages again; it is shown apart, and the percentiles time the requests after it.
 */
final class DashboardTimings {

    private static final int WARM_UP = 5;
    private static final int SAMPLES = Integer.getInteger("bench.dashboard-samples", 30);

    private final Api api;
    private final Consumer<String> print;

    DashboardTimings(Api api, Consumer<String> print) {
        this.api = api;
        this.print = print;
    }

    void header() {
        print.accept("");
        print.accept("## Dashboards and the published figures (ms)");
        print.accept("");
        print.accept(
                ("`GET` over HTTP with a signed-in session; %d samples after %d warm-up requests. *First*: the first"
                                + " request after the fill or the registry's load, which counts the villages they changed again.")
                        .formatted(SAMPLES, WARM_UP));
        print.accept("");
        print.accept("| what | as | at | first | p50 | p95 | target p95 |");
        print.accept("|---|---|---|---:|---:|---:|---:|");
    }

    void measure(String what, String user, String path, String at, double targetMs) {
        var browser = api.browser();
        var login = browser.login(user, Api.DEMO_PASSWORD);
        if (login.status() != 200) {
            throw new IllegalStateException(user + " could not sign in: " + login.status());
        }
        var first = timeOnce(browser, path);
        var nanos = new long[SAMPLES];
        for (int i = -WARM_UP; i < SAMPLES; i++) {
            var took = timeOnce(browser, path);
            if (i >= 0) {
                nanos[i] = took;
            }
        }
        var latencies = Latencies.of(nanos);
        print.accept("| %s | %s | %s | %.0f | %.1f | %.1f | < %.0f %s |"
                .formatted(
                        what,
                        user,
                        at,
                        first / 1e6,
                        latencies.p50(),
                        latencies.p95(),
                        targetMs,
                        latencies.p95() < targetMs ? "(met)" : "(**missed**)"));
    }

    private static long timeOnce(Api.Browser browser, String path) {
        var start = System.nanoTime();
        var response = browser.get(path);
        var took = System.nanoTime() - start;
        if (response.status() != 200) {
            throw new IllegalStateException(path + " answered " + response.status() + ": " + response.body());
        }
        return took;
    }
}
