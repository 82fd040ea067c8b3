package id.verivali.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

@IntegrationTest
class SecurityHeadersIT {

    @Autowired
    Api api;

    private static List<String> sessionCookies(Api.Response response) {
        return response.headers().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .filter(cookie -> cookie.startsWith("SESSION="))
                .toList();
    }

    @Test
    void pages_and_api_answers_carry_the_browser_policies() {
        for (String path : List.of("/", "/login", "/api/auth/csrf", "/api/me", "/camunda/app/cockpit/")) {
            var headers = api.anonymous().get(path).headers();

            assertThat(headers.getFirst("Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(headers.getFirst("Permissions-Policy"))
                    .as(path)
                    .contains("camera=()", "microphone=()", "payment=()", "usb=()")
                    // Only the page itself asks for the position (a resident's objection), no frame in it.
                    .contains("geolocation=(self)");
            assertThat(headers.getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
        }
    }

    @Test
    void framing_is_refused_alike_by_x_frame_options_and_the_content_security_policy() {
        var headers = api.anonymous().get("/").headers();

        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void nobody_gets_a_session_without_signing_in() {
        for (String path : List.of("/api/me", "/api/households", "/api/auth/csrf", "/", "/camunda/app/cockpit/")) {
            var response = api.anonymous().get(path);

            assertThat(sessionCookies(response))
                    .as(path + " (" + response.status() + ")")
                    .isEmpty();
        }
        var refused = api.browser().login("op-6112042002", "not-the-password");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(sessionCookies(refused)).isEmpty();
    }

    @Test
    void over_https_behind_a_trusted_proxy_the_cookies_are_secure() {
        // The tests call from loopback, which Tomcat trusts as a proxy by default.
        var browser = api.browser().withHeader("X-Forwarded-Proto", "https");
        var signedIn = browser.login("kades-6112042002", Api.DEMO_PASSWORD);

        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(sessionCookies(signedIn))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("; Secure", "; HttpOnly", "; SameSite=Lax"));
        assertThat(signedIn.headers().getOrEmpty(HttpHeaders.SET_COOKIE))
                .filteredOn(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("; Secure"));
        assertThat(signedIn.headers().getFirst("Strict-Transport-Security")).contains("max-age=");
    }

    @Test
    void over_plain_http_the_session_cookie_is_not_secure_so_the_local_demo_keeps_working() {
        var signedIn = api.browser().login("kades-6112042002", Api.DEMO_PASSWORD);

        assertThat(sessionCookies(signedIn))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).doesNotContain("Secure"));
    }
}
