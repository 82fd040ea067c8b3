package id.verivali.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * A caller of the nodes: a browser (a session cookie and the CSRF cookie, sent to whichever node it calls, as a
 * browser behind a round-robin proxy does) or a script (HTTP Basic).
 */
final class Client {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final String basic;

    private Client(String basic) {
        this.basic = basic;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(cookies)
                .build();
    }

    static Client browser() {
        return new Client(null);
    }

    static Client script(String username) {
        return new Client(Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    /** What came back, and how long it took. */
    record Reply(int status, String contentType, String retryAfter, JsonNode body, Duration took) {}

    Reply signIn(Node node, String username) throws IOException, InterruptedException {
        get(node, "/api/auth/csrf");
        return post(node, "/api/auth/login", Map.of("username", username, "password", "demo"));
    }

    String sessionCookie() {
        return cookie("SESSION");
    }

    Reply get(Node node, String path) throws IOException, InterruptedException {
        return send(request(node, path).GET());
    }

    /** A plain-text page, such as the metrics scraper reads. */
    String text(Node node, String path) throws IOException, InterruptedException {
        var response = http.send(
                request(node, path).header("Accept", "text/plain").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    Reply post(Node node, String path, Object body) throws IOException, InterruptedException {
        return post(node, path, body, Map.of());
    }

    Reply post(Node node, String path, Object body, Map<String, String> headers)
            throws IOException, InterruptedException {
        var request = request(node, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        headers.forEach(request::header);
        return send(request);
    }

    private HttpRequest.Builder request(Node node, String path) {
        var request = HttpRequest.newBuilder(URI.create(node.url(path))).timeout(Duration.ofSeconds(60));
        if (basic != null) {
            request.header("Authorization", "Basic " + basic);
        }
        String csrf = cookie("XSRF-TOKEN");
        if (csrf != null) {
            request.header("X-XSRF-TOKEN", csrf);
        }
        return request;
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        request.header("Accept", "application/json, application/problem+json");
        var sent = Instant.now();
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        var took = Duration.between(sent, Instant.now());
        JsonNode body = null;
        if (!response.body().isBlank()) {
            try {
                body = JSON.readTree(response.body());
            } catch (IOException notJson) {
                body = JSON.getNodeFactory().textNode(response.body());
            }
        }
        return new Reply(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Retry-After").orElse(null),
                body,
                took);
    }

    private String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }
}
