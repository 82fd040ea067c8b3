package id.verivali.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.verivali.common.web.InvalidFieldException;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class NotificationSettingsApiIT {

    private static final String PATH = "/api/me/notifications";

    private static final String PASSWORD = "Surel-Rahasia-5";

    @Autowired
    Api api;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_demo_official_has_an_address_and_receives_both_mails() {
        var settings = api.as("kades-6112042002").get(PATH);

        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.body().get("email").asText()).isEqualTo("kades-6112042002@verivali.test");
        assertThat(settings.body().get("reminders").asBoolean()).isTrue();
        assertThat(settings.body().get("escalations").asBoolean()).isTrue();
    }

    @Test
    void an_official_changes_their_choice_in_a_browser_and_only_theirs_changes() {
        var username = account("surel-ubah");
        var other = account("surel-lain");
        var browser = api.browser();
        browser.login(username, PASSWORD);

        var changed = browser.send(HttpMethod.PUT, PATH, settings(" surel@kuburaya.go.id ", false, true));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("email").asText()).isEqualTo("surel@kuburaya.go.id");
        var stored = browser.get(PATH).body();
        assertThat(stored.get("email").asText()).isEqualTo("surel@kuburaya.go.id");
        assertThat(stored.get("reminders").asBoolean()).isFalse();
        assertThat(stored.get("escalations").asBoolean()).isTrue();
        var untouched = api.as(other, PASSWORD).get(PATH).body();
        assertThat(untouched.get("email").asText()).isEqualTo(other + "@verivali.test");
        assertThat(untouched.get("reminders").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'ACCOUNT_CHANGED' and subject_id = ?"
                                + " and details like '%NOTIFICATIONS%'",
                        Integer.class, username))
                .isOne();
    }

    @Test
    void a_cleared_address_is_removed() {
        var username = account("surel-kosong");

        var cleared = api.as(username, PASSWORD).send(HttpMethod.PUT, PATH, settings("", true, true));

        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.body().has("email")).isFalse();
        assertThat(jdbc.queryForObject("select email from app_user where username = ?", String.class, username))
                .isNull();
    }

    @Test
    void a_malformed_address_is_refused_naming_the_field_and_nothing_changes() {
        var username = account("surel-salah");

        var refused = api.as(username, PASSWORD).send(HttpMethod.PUT, PATH, settings("operator@desa", false, false));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo("email");
        assertThat(refused.body().get("errors").get(0).get("message").asText()).contains("e-mail");
        var stored = api.as(username, PASSWORD).get(PATH).body();
        assertThat(stored.get("email").asText()).isEqualTo(username + "@verivali.test");
        assertThat(stored.get("reminders").asBoolean()).isTrue();
    }

    @Test
    void a_choice_left_out_is_refused_naming_it() {
        var username = account("surel-lupa");
        var body = new HashMap<String, Object>();
        body.put("email", username + "@verivali.test");
        body.put("reminders", true);

        var refused = api.as(username, PASSWORD).send(HttpMethod.PUT, PATH, body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo("escalations");
    }

    @Test
    void a_browser_without_the_csrf_token_cannot_change_the_choice() {
        var username = account("surel-csrf");
        var browser = api.browser();
        browser.login(username, PASSWORD);

        var forged = browser.sendWithoutCsrfHeader(HttpMethod.PUT, PATH, settings("lain@kuburaya.go.id", false, false));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(browser.get(PATH).body().get("email").asText()).isEqualTo(username + "@verivali.test");
    }

    @Test
    void an_account_created_with_a_malformed_address_is_refused_naming_the_field() {
        assertThatThrownBy(() -> accounts.createMissing(List.of(new NewAccount(
                        "surel-baru", "Surel Baru", Role.VILLAGE_HEAD, "61.12.04.2002", PASSWORD, "bukan alamat"))))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        refused -> assertThat(refused.field()).isEqualTo("email"));
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'surel-baru'", Integer.class))
                .isZero();
    }

    /** A village head of Teluk Empening with an address of its own. */
    private String account(String username) {
        accounts.createMissing(List.of(new NewAccount(
                username,
                "Uji surel " + username,
                Role.VILLAGE_HEAD,
                "61.12.04.2002",
                PASSWORD,
                username + "@verivali.test")));
        return username;
    }

    private static Map<String, Object> settings(String email, boolean reminders, boolean escalations) {
        return Map.of("email", email, "reminders", reminders, "escalations", escalations);
    }
}
