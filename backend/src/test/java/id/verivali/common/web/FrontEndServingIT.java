package id.verivali.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.verivali.support.IntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** How the built front end travels: compressed, its hashed files cached for good, the page itself never. */
@IntegrationTest
class FrontEndServingIT {

    private static final Pattern SCRIPT = Pattern.compile("src=\"/(assets/[^\"]+\\.js)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void the_page_is_never_cached_and_its_hashed_scripts_are_kept_for_a_year_compressed() throws Exception {
        var page = get("/", "identity");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        var script = SCRIPT.matcher(new String(page.body()));
        assertThat(script.find()).as("index.html names its entry script").isTrue();

        var plain = get("/" + script.group(1), "identity");
        var compressed = get("/" + script.group(1), "gzip");

        assertThat(compressed.statusCode()).isEqualTo(200);
        assertThat(compressed.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(compressed.body().length).isLessThan(plain.body().length / 2);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void a_client_route_answers_with_the_page_and_a_missing_asset_with_404() throws Exception {
        var route = get("/households/12", "identity");
        assertThat(route.statusCode()).isEqualTo(200);
        assertThat(new String(route.body())).contains("<div id=\"root\">");

        assertThat(get("/assets/none-such.js", "identity").statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> get(String path, String encoding) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept-Encoding", encoding)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
