package id.verivali.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class InitialAccountsTest {

    private final AccountService accounts = mock(AccountService.class);

    @Test
    void without_configured_passwords_no_account_is_created() {
        new InitialAccounts(accounts, " ", "").run(null);
        verify(accounts, never()).createMissing(any());
    }

    @Test
    void a_configured_password_creates_a_national_admin_unless_one_exists() {
        new InitialAccounts(accounts, "s3cret-Admin", "").run(null);
        verify(accounts)
                .createMissing(List.of(new NewAccount("admin", "Administrator", Role.ADMIN, null, "s3cret-Admin")));
    }

    @Test
    void a_scrape_password_creates_the_metrics_scraper_beside_the_admin() {
        new InitialAccounts(accounts, "s3cret-Admin", "scrape-Me").run(null);
        verify(accounts)
                .createMissing(List.of(
                        new NewAccount("admin", "Administrator", Role.ADMIN, null, "s3cret-Admin"),
                        new NewAccount("prometheus", "Prometheus", Role.MONITORING, null, "scrape-Me")));
    }

    @Test
    void a_node_starting_beside_another_that_created_them_starts_anyway() {
        when(accounts.createMissing(any())).thenThrow(new DataIntegrityViolationException("duplicate username"));
        assertThatCode(() -> new InitialAccounts(accounts, "s3cret-Admin", "").run(null))
                .doesNotThrowAnyException();
    }
}
