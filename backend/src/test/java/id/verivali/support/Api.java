package id.verivali.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.HttpCookie;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls the running application as a script (HTTP Basic) or as a browser (session cookie and CSRF header). */
@TestComponent
public class Api {

    public static final String DEMO_PASSWORD = "demo";

    private final TestRestTemplate http;
    private final ObjectMapper json;

    Api(TestRestTemplate http, ObjectMapper json) {
        // Redirects are part of what the tests check (the web apps send strangers to the sign-in page).
        this.http = http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
        this.json = json;
    }

    /** A script signed in with HTTP Basic as a demo account. */
    public Caller as(String username) {
        return new Caller(username, DEMO_PASSWORD, null);
    }

    public Caller as(String username, String password) {
        return new Caller(username, password, null);
    }

    public Caller anonymous() {
        return new Caller(null, null, null);
    }

    /** A browser: keeps its cookies and echoes the XSRF-TOKEN cookie in X-XSRF-TOKEN. */
    public Browser browser() {
        return new Browser();
    }

    public record Response(int status, JsonNode body, HttpHeaders headers) {}

    public final class Caller {
        private final String username;
        private final String password;
        private final String language;

        private Caller(String username, String password, String language) {
            this.username = username;
            this.password = password;
            this.language = language;
        }

        public Caller inLanguage(String language) {
            return new Caller(username, password, language);
        }

        public Response get(String path) {
            return send(HttpMethod.GET, path, null);
        }

        public Response post(String path, Object body) {
            return send(HttpMethod.POST, path, body);
        }

        public Response send(HttpMethod method, String path, Object body) {
            var headers = new HttpHeaders();
            headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
            if (username != null) {
                headers.setBasicAuth(username, password);
            }
            if (language != null) {
                headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
            }
            return exchange(method, path, body, headers);
        }
    }

    public final class Browser {
        private final Map<String, String> cookies = new HashMap<>();

        public Response get(String path) {
            return send(HttpMethod.GET, path, null, true);
        }

        public Response post(String path, Object body) {
            return send(HttpMethod.POST, path, body, true);
        }

        /** A POST as a forged page would send it: the cookies ride along, the CSRF header does not. */
        public Response postWithoutCsrfHeader(String path, Object body) {
            return send(HttpMethod.POST, path, body, false);
        }

        public Response login(String username, String password) {
            if (!cookies.containsKey("XSRF-TOKEN")) {
                get("/api/auth/csrf");
            }
            return post("/api/auth/login", Map.of("username", username, "password", password));
        }

        public String cookie(String name) {
            return cookies.get(name);
        }

        private Response send(HttpMethod method, String path, Object body, boolean withCsrf) {
            var headers = new HttpHeaders();
            headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
            if (!cookies.isEmpty()) {
                headers.set(
                        HttpHeaders.COOKIE,
                        cookies.entrySet().stream()
                                .map(c -> c.getKey() + "=" + c.getValue())
                                .collect(Collectors.joining("; ")));
            }
            if (withCsrf && cookies.containsKey("XSRF-TOKEN")) {
                headers.set("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
            }
            Response response = exchange(method, path, body, headers);
            for (String header : response.headers().getOrEmpty(HttpHeaders.SET_COOKIE)) {
                for (HttpCookie cookie : HttpCookie.parse(header)) {
                    if (cookie.getMaxAge() == 0) {
                        cookies.remove(cookie.getName());
                    } else {
                        cookies.put(cookie.getName(), cookie.getValue());
                    }
                }
            }
            return response;
        }
    }

    private Response exchange(HttpMethod method, String path, Object body, HttpHeaders headers) {
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        ResponseEntity<String> response = http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
        try {
            JsonNode parsed = response.getBody() == null || response.getBody().isBlank()
                    ? json.nullNode()
                    : json.readTree(response.getBody());
            return new Response(response.getStatusCode().value(), parsed, response.getHeaders());
        } catch (Exception notJson) {
            return new Response(
                    response.getStatusCode().value(),
                    json.getNodeFactory().textNode(response.getBody()),
                    response.getHeaders());
        }
    }
}
