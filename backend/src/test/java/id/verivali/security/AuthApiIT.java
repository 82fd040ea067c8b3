package id.verivali.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class AuthApiIT {

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    /** Clients' addresses as a proxy forwards them: the tests call from loopback, which Tomcat trusts as a proxy. */
    private static final String GUESSER = "203.0.113.7";

    private static final String OFFICIAL = "198.51.100.20";

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    @Test
    void a_village_operator_is_told_who_they_are() {
        var me = api.as("op-6112042002").get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("username").asText()).isEqualTo("op-6112042002");
        assertThat(me.body().get("role").asText()).isEqualTo("VILLAGE_OPERATOR");
        assertThat(me.body().get("regionCode").asText()).isEqualTo("61.12.04.2002");
        assertThat(me.body().get("regionName").asText()).isEqualTo("Teluk Empening");
        assertThat(me.body().has("passwordHash")).isFalse();
    }

    @Test
    void a_browser_signs_in_with_a_session_and_csrf_token_and_signs_out() {
        var browser = api.browser();
        var login = browser.login("camat-611204", "demo");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body().get("role").asText()).isEqualTo("SUBDISTRICT_HEAD");
        assertThat(browser.cookie("SESSION")).isNotBlank();
        // In the database (Spring Session JDBC), where every node finds it.
        assertThat(sessionsOf("camat-611204")).isPositive();

        assertThat(browser.get("/api/me").body().get("regionCode").asText()).isEqualTo("61.12.04");

        var forged = browser.postWithoutCsrfHeader("/api/auth/logout", null);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(browser.get("/api/me").status()).isEqualTo(200);

        long before = sessionsOf("camat-611204");
        assertThat(browser.post("/api/auth/logout", null).status()).isEqualTo(204);
        assertThat(browser.get("/api/me").status()).isEqualTo(401);
        assertThat(sessionsOf("camat-611204")).isEqualTo(before - 1);
    }

    private long sessionsOf(String username) {
        return jdbc.queryForObject(
                "select count(*) from SPRING_SESSION where PRINCIPAL_NAME = ?", Long.class, username);
    }

    @Test
    void a_script_can_take_the_csrf_token_from_the_body_and_send_it_back() {
        var browser = api.browser();
        var csrf = browser.get("/api/auth/csrf");
        assertThat(csrf.body().get("headerName").asText()).isEqualTo("X-XSRF-TOKEN");
        assertThat(csrf.body().get("token").asText()).isEqualTo(browser.cookie("XSRF-TOKEN"));
    }

    @Test
    void the_sign_in_page_learns_that_the_demo_accounts_are_public() {
        var csrf = api.anonymous().get("/api/auth/csrf");
        assertThat(csrf.status()).isEqualTo(200);
        assertThat(csrf.body().get("demo").isBoolean()).isTrue();
        assertThat(csrf.body().get("demo").asBoolean()).isTrue();
    }

    @Test
    void signing_in_issues_a_new_session_and_csrf_token() {
        var browser = api.browser();
        browser.get("/api/auth/csrf");
        browser.get("/api/me");
        String csrfBefore = browser.cookie("XSRF-TOKEN");
        browser.login("op-6112042002", "demo");
        assertThat(browser.cookie("XSRF-TOKEN")).isNotBlank().isNotEqualTo(csrfBefore);
    }

    @Test
    void a_wrong_password_is_refused_in_the_callers_language() {
        var browser = api.browser();
        browser.get("/api/auth/csrf");
        var refused = browser.login("op-6112042002", "not-the-password");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body().get("detail").asText()).isEqualTo("Nama pengguna atau kata sandi salah.");
        assertThat(refused.headers().getContentType()).hasToString("application/problem+json");

        var english = api.as("op-6112042002", "wrong").inLanguage("en").get("/api/me");
        assertThat(english.status()).isEqualTo(401);
        assertThat(english.body().get("title").asText()).isEqualTo("Not signed in");
        assertThat(english.headers().containsKey("WWW-Authenticate")).isFalse();
    }

    @Test
    void a_guesser_must_wait_while_the_official_signs_in_from_elsewhere() {
        // An account no other test uses, so that nothing else counts towards its failures.
        var account = "tksk-611209";
        var guesser = api.browser().withHeader(FORWARDED_FOR, GUESSER);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(guesser.login(account, "guess-" + attempt).status()).isEqualTo(401);
        }

        var form = guesser.login(account, "demo");
        var script = api.as(account)
                .withHeader(FORWARDED_FOR, GUESSER)
                .inLanguage("en")
                .get("/api/me");

        assertThat(form.status()).isEqualTo(429);
        assertThat(form.headers().getFirst("Retry-After")).matches("\\d+");
        assertThat(form.body().get("detail").asText()).contains("Terlalu banyak percobaan masuk");
        assertThat(script.status()).isEqualTo(429);
        assertThat(script.body().get("detail").asText())
                .isEqualTo("Too many failed sign-ins for this account from this network address. Try again later.");

        var official = api.browser().withHeader(FORWARDED_FOR, OFFICIAL);
        assertThat(official.login(account, "demo").status()).isEqualTo(200);
        assertThat(official.get("/api/me").body().get("username").asText()).isEqualTo(account);
        assertThat(api.as(account)
                        .withHeader(FORWARDED_FOR, OFFICIAL)
                        .get("/api/me")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void an_address_that_tries_many_accounts_must_wait_whatever_the_account() {
        var sprayer = "203.0.113.99";
        for (int account = 0; account < 30; account++) {
            var guess = api.as("bukan-akun-" + account, "demo").withHeader(FORWARDED_FOR, sprayer);
            assertThat(guess.get("/api/me").status()).isEqualTo(401);
        }

        var refused = api.as("op-6112042002")
                .withHeader(FORWARDED_FOR, sprayer)
                .inLanguage("en")
                .get("/api/me");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().getFirst("Retry-After")).matches("\\d+");
        assertThat(refused.body().get("detail").asText())
                .isEqualTo("Too many failed sign-ins from this network address. Try again later.");
        assertThat(api.as("op-6112042002")
                        .withHeader(FORWARDED_FOR, OFFICIAL)
                        .get("/api/me")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void an_empty_login_names_both_fields() {
        var browser = api.browser();
        browser.get("/api/auth/csrf");
        var refused = browser.post("/api/auth/login", Map.of("username", " "));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().findValuesAsText("field")).containsExactlyInAnyOrder("username", "password");
    }

    @Test
    void the_api_needs_a_signed_in_user() {
        var anonymous = api.anonymous().get("/api/households");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body().get("detail").asText()).isEqualTo("Silakan masuk terlebih dahulu.");
    }

    /**
     * Asked of an account this test creates: other suites may rewrite the demo accounts' hashes at a lower cost to
     * sign in faster, which says nothing of how the application stores a password.
     */
    @Test
    void passwords_are_stored_as_bcrypt_hashes_of_cost_ten() {
        String username = "hash-check-" + System.nanoTime() % 1_000_000;
        accounts.createMissing(
                List.of(new NewAccount(username, "Pemeriksa Sandi", Role.AUDITOR, "61.12", "rahasia-1")));

        var hash = jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, username);

        assertThat(hash).startsWith("$2a$10$").doesNotContain("rahasia");
        assertThat(api.as(username, "rahasia-1").get("/api/me").status()).isEqualTo(200);
    }
}
