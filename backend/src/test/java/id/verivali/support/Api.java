package id.verivali.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
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
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.MultiValueMap;

/** Calls the running application as a script (HTTP Basic) or as a browser (session cookie and CSRF header). */
@TestComponent
public class Api {

    public static final String DEMO_PASSWORD = "demo";

    private final TestRestTemplate http;
    private final ObjectMapper json;

    Api(TestRestTemplate http, ObjectMapper json) {
        // Redirects are part of what the tests check (the web apps send strangers to the sign-in page).
        this.http = http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
        // The JDK's client, which neither follows redirects nor retries: Apache HttpClient (on the test classpath for
        // Camunda's external-task client) would silently wait out a 429's Retry-After and try again.
        this.http
                .getRestTemplate()
                .setRequestFactory(new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build()));
        this.json = json;
    }

    /** A script signed in with HTTP Basic as a demo account. */
    public Caller as(String username) {
        return new Caller(username, DEMO_PASSWORD, null, Map.of());
    }

    public Caller as(String username, String password) {
        return new Caller(username, password, null, Map.of());
    }

    public Caller anonymous() {
        return new Caller(null, null, null, Map.of());
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
        private final Map<String, String> extraHeaders;

        private Caller(String username, String password, String language, Map<String, String> extraHeaders) {
            this.username = username;
            this.password = password;
            this.language = language;
            this.extraHeaders = extraHeaders;
        }

        public Caller inLanguage(String language) {
            return new Caller(username, password, language, extraHeaders);
        }

        /** Sends this header with every request, e.g. {@code Idempotency-Key}. */
        public Caller withHeader(String name, String value) {
            var headers = new HashMap<>(extraHeaders);
            headers.put(name, value);
            return new Caller(username, password, language, Map.copyOf(headers));
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
            extraHeaders.forEach(headers::set);
            return exchange(method, path, body, headers);
        }

        /** A multipart POST; each part carries its own content type (build them with {@link MultipartForm}). */
        public Response postMultipart(String path, MultiValueMap<String, HttpEntity<?>> parts) {
            var headers = credentials();
            headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
            return parsed(http.exchange(path, HttpMethod.POST, new HttpEntity<>(parts, headers), String.class));
        }

        /** A POST of bytes as they are under any content type, for bodies that no client library would produce. */
        public Response postRaw(String path, String contentType, byte[] body) {
            var headers = credentials();
            headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
            headers.set(HttpHeaders.CONTENT_TYPE, contentType);
            return parsed(http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class));
        }

        /**
         * Any method to a path sent exactly as written (no encoding, no normalising: {@code %00}, {@code ;} and
         * {@code ..} reach the server as they are), with any body under any content type (none without a body).
         */
        public Response sendRaw(HttpMethod method, String rawPath, String contentType, byte[] body) {
            var headers = credentials();
            headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
            extraHeaders.forEach(headers::set);
            if (contentType != null) {
                headers.set(HttpHeaders.CONTENT_TYPE, contentType);
            }
            var uri = URI.create(http.getRootUri() + rawPath);
            return parsed(http.exchange(uri, method, new HttpEntity<>(body, headers), String.class));
        }

        /** A GET of a file: its bytes as they came, with the headers. */
        public ResponseEntity<byte[]> download(String path) {
            var headers = credentials();
            headers.setAccept(List.of(MediaType.ALL));
            return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
        }

        private HttpHeaders credentials() {
            var headers = new HttpHeaders();
            if (username != null) {
                headers.setBasicAuth(username, password);
            }
            if (language != null) {
                headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
            }
            return headers;
        }
    }

    public final class Browser {
        private final Map<String, String> cookies = new HashMap<>();
        private final Map<String, String> extraHeaders = new HashMap<>();
        private String language;

        /** Sends Accept-Language with every later request. */
        public Browser inLanguage(String language) {
            this.language = language;
            return this;
        }

        /** Sends this header with every request, e.g. {@code X-Forwarded-For} as a proxy would. */
        public Browser withHeader(String name, String value) {
            extraHeaders.put(name, value);
            return this;
        }

        public Response get(String path) {
            return send(HttpMethod.GET, path, null);
        }

        public Response post(String path, Object body) {
            return send(HttpMethod.POST, path, body);
        }

        public Response send(HttpMethod method, String path, Object body) {
            return remember(exchange(method, path, body, headers(true)));
        }

        /** A POST as a forged page would send it: the cookies ride along, the CSRF header does not. */
        public Response postWithoutCsrfHeader(String path, Object body) {
            return sendWithoutCsrfHeader(HttpMethod.POST, path, body);
        }

        /** Any write as a forged page would send it: the cookies ride along, the CSRF header does not. */
        public Response sendWithoutCsrfHeader(HttpMethod method, String path, Object body) {
            return remember(exchange(method, path, body, headers(false)));
        }

        /** A multipart POST; each part carries its own content type (build them with {@link MultipartForm}). */
        public Response postMultipart(String path, MultiValueMap<String, HttpEntity<?>> parts) {
            var headers = headers(true);
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
            return remember(
                    parsed(http.exchange(path, HttpMethod.POST, new HttpEntity<>(parts, headers), String.class)));
        }

        /** As {@link Caller#sendRaw}, in this browser's session and with its CSRF header. */
        public Response sendRaw(HttpMethod method, String rawPath, String contentType, byte[] body) {
            var headers = headers(true);
            if (contentType != null) {
                headers.set(HttpHeaders.CONTENT_TYPE, contentType);
            }
            var uri = URI.create(http.getRootUri() + rawPath);
            return remember(parsed(http.exchange(uri, method, new HttpEntity<>(body, headers), String.class)));
        }

        /** A GET that takes any content type, as a browser fetching a file does. */
        public Response download(String path) {
            var headers = headers(true);
            headers.setAccept(List.of(MediaType.ALL));
            return remember(parsed(http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class)));
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

        private HttpHeaders headers(boolean withCsrf) {
            var headers = new HttpHeaders();
            extraHeaders.forEach(headers::set);
            headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
            if (!cookies.isEmpty()) {
                headers.set(
                        HttpHeaders.COOKIE,
                        cookies.entrySet().stream()
                                .map(c -> c.getKey() + "=" + c.getValue())
                                .collect(Collectors.joining("; ")));
            }
            if (language != null) {
                headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
            }
            if (withCsrf && cookies.containsKey("XSRF-TOKEN")) {
                headers.set("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
            }
            return headers;
        }

        private Response remember(Response response) {
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
        return parsed(http.exchange(path, method, new HttpEntity<>(body, headers), String.class));
    }

    private Response parsed(ResponseEntity<String> response) {
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
