package id.verivali.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the metrics scraper reads: the engine's, the pool's, HTTP's and Verivali's own figures. */
@IntegrationTest
class MetricsIT {

    private static final String SCRAPE = "/actuator/prometheus";

    /** The names of series in a PromQL expression: ours, Camunda's, the pool's, the HTTP server's and the JVM's. */
    private static final Pattern METRIC =
            Pattern.compile("\\b(?:verivali|camunda|hikaricp|http_server|jvm)_[a-z_]+\\b");

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_scraper_reads_engine_pool_http_and_verivali_figures_and_nothing_else() {
        String before = scrape();
        assertThat(before)
                .contains(
                        "camunda_job_acquisition_attempt_total",
                        "camunda_job_acquired_failure_total",
                        "camunda_job_successful_total",
                        "camunda_job_failed_total",
                        "camunda_incidents_open",
                        "camunda_jobs_due",
                        "hikaricp_connections_active",
                        "hikaricp_connections_pending",
                        "verivali_civil_registry_backlog{application=\"verivali\",state=\"waiting\"}",
                        "verivali_rounds{application=\"verivali\",status=\"STARTING\"}",
                        "verivali_round_households{application=\"verivali\",count=\"total\",status=\"ALL_STARTED\"}",
                        "verivali_work_open{application=\"verivali\",stage=\"FIELD_CHECK\",state=\"overdue\"}");
        // The dashboards' own tally, summed over the installation.
        long openFieldChecks = jdbc.queryForObject(
                "select coalesce(sum(open_count), 0) from open_work_tally where stage = 'FIELD_CHECK'", Long.class);
        assertThat(value(before, "verivali_work_open", "stage=\"FIELD_CHECK\",state=\"open\""))
                .isEqualTo(openFieldChecks);
        long incidents = jdbc.queryForObject("select count(*) from ACT_RU_INCIDENT", Long.class);
        assertThat(value(before, "camunda_incidents_open", "")).isEqualTo(incidents);

        // The engine counts a new change's process on this node.
        var household = untouchedHousehold();
        var proposed = api.as(operatorOf((String) household.get("village_code")))
                .post(
                        "/api/change-requests",
                        Map.of("type", "REVERIFY", "householdId", household.get("id"), "reason", "Pindah RT"));
        assertThat(proposed.status()).as(proposed.body().toString()).isEqualTo(201);
        String after = scrape();
        assertThat(after).contains("http_server_requests_seconds_count{application=\"verivali\"");
        assertThat(value(after, "camunda_root_process_instance_start_total", ""))
                .isEqualTo(value(before, "camunda_root_process_instance_start_total", "") + 1);

        // Camunda's own metrics, which its REST API sums over the nodes, answer too.
        assertThat(api.as("admin")
                        .get("/engine-rest/metrics/root-process-instance-start/sum")
                        .status())
                .isEqualTo(200);
        // The scraper's account reads nothing but its metrics.
        assertThat(api.as("prometheus").get("/api/change-requests").status()).isEqualTo(403);
        assertThat(api.as("prometheus").get("/engine-rest/task/count").status()).isEqualTo(403);
        assertThat(api.as("op-6112042002").download(SCRAPE).getStatusCode().value())
                .isEqualTo(403);
    }

    @Test
    void every_series_the_grafana_dashboard_draws_is_in_the_scrape() throws Exception {
        var dashboard = new ObjectMapper()
                .readTree(Path.of("../docker/grafana/dashboards/verivali.json").toFile());
        // A request first, so that the HTTP server's series exist.
        api.as("op-6112042002").get("/api/me");
        String scrape = scrape();

        List<String> queried = new ArrayList<>();
        dashboard
                .get("panels")
                .forEach(panel -> panel.get("targets").forEach(target -> {
                    var names = METRIC.matcher(target.get("expr").asText());
                    while (names.find()) {
                        queried.add(names.group());
                    }
                }));
        assertThat(queried).hasSizeGreaterThan(10);
        assertThat(queried)
                .allSatisfy(
                        name -> assertThat(scrape).as("the dashboard's " + name).contains("\n" + name + "{"));
        // The buckets the response-time panel reads.
        assertThat(scrape).contains("le=\"0.1\"", "le=\"0.5\"");
    }

    private String scrape() {
        var response = api.as("prometheus").download(SCRAPE);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return new String(response.getBody(), StandardCharsets.UTF_8);
    }

    /** The value of one series, found by its name and the tags after {@code application} (none: the only one). */
    private static long value(String scrape, String name, String tags) {
        var series = Pattern.compile(
                        "^" + name + "\\{application=\"verivali\"" + (tags.isEmpty() ? "" : "," + tags)
                                + "[^}]*} (\\S+)$",
                        Pattern.MULTILINE)
                .matcher(scrape);
        assertThat(series.find()).as(name + " {" + tags + "} in the scrape").isTrue();
        return (long) Double.parseDouble(series.group(1));
    }

    private Map<String, Object> untouchedHousehold() {
        return jdbc.queryForMap("""
                select h.id, h.village_code from household h
                where h.village_code like '61.12.07.%' and h.status = 'ACTIVE'
                  and not exists (select 1 from change_request c where c.household_id = h.id)
                  and (select count(*) from household o where o.kk_number = h.kk_number) = 1
                  and exists (select 1 from household_member m where m.household_id = h.id and m.status = 'ACTIVE')
                order by h.id desc limit 1""");
    }

    private static String operatorOf(String villageCode) {
        return "op-" + villageCode.replace(".", "");
    }
}
