package id.verivali.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * A new installation without demo accounts needs one administrator to sign in with: when
 * {@code VERIVALI_INITIAL_ADMIN_PASSWORD} is set and no account named {@code admin} exists, one is created.
 */
@Component
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final AccountService accounts;
    private final String password;

    InitialAdministrator(AccountService accounts, @Value("${verivali.initial-admin-password:}") String password) {
        this.accounts = accounts;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (password.isBlank()) {
            return;
        }
        if (accounts.createMissing(List.of(new NewAccount("admin", "Administrator", Role.ADMIN, null, password))) > 0) {
            log.info("Created the initial administrator account 'admin'");
        }
    }
}
