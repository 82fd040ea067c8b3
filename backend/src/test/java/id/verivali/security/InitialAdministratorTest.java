package id.verivali.security;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import org.junit.jupiter.api.Test;

class InitialAdministratorTest {

    private final AccountService accounts = mock(AccountService.class);

    @Test
    void without_a_configured_password_no_account_is_created() {
        new InitialAdministrator(accounts, " ").run(null);
        verify(accounts, never()).createMissing(any());
    }

    @Test
    void a_configured_password_creates_a_national_admin_unless_one_exists() {
        new InitialAdministrator(accounts, "s3cret-Admin").run(null);
        verify(accounts)
                .createMissing(List.of(new NewAccount("admin", "Administrator", Role.ADMIN, null, "s3cret-Admin")));
    }
}
