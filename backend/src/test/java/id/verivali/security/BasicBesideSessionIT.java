package id.verivali.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

/**
 * A request that carries HTTP Basic credentials is signed in by them alone, even when it also carries a signed-in
 * browser's session cookie: the password is checked every time, so skipping the CSRF token for it is safe.
 */
@IntegrationTest
class BasicBesideSessionIT {

    private static final String TKSK = "tksk-611205";

    @Autowired
    Api api;

    @Test
    void a_wrong_basic_password_naming_the_sessions_own_user_is_refused() {
        var session = signedInSession(TKSK);

        var wrong = api.as(TKSK, "wrong")
                .withHeader(HttpHeaders.COOKIE, session)
                .post("/api/tasks/no-such-task/claim", Map.of());

        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void the_right_basic_password_acts_without_a_csrf_token_as_scripts_do() {
        var session = signedInSession(TKSK);

        var right =
                api.as(TKSK).withHeader(HttpHeaders.COOKIE, session).post("/api/tasks/no-such-task/claim", Map.of());

        assertThat(right.status())
                .as("past the door, to a task that does not exist")
                .isEqualTo(404);
    }

    @Test
    void basic_credentials_of_another_account_are_that_account_not_the_sessions() {
        var session = signedInSession(TKSK);

        var me = api.as("op-6112042002").withHeader(HttpHeaders.COOKIE, session).get("/api/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("username").asText()).isEqualTo("op-6112042002");
    }

    private String signedInSession(String username) {
        var browser = api.browser();
        assertThat(browser.login(username, Api.DEMO_PASSWORD).status()).isEqualTo(200);
        assertThat(browser.get("/api/me").body().get("username").asText()).isEqualTo(username);
        return "SESSION=" + browser.cookie("SESSION");
    }
}
