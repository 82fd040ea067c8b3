package id.verivali.security;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * A new installation without demo accounts needs one administrator to sign in with, and its metrics scraper an
 * account to read {@code /actuator/prometheus} with: when {@code VERIVALI_INITIAL_ADMIN_PASSWORD} is set and no
 * account {@code admin} exists, one is created; likewise {@code prometheus} (role {@code MONITORING}) from
 * {@code VERIVALI_INITIAL_SCRAPE_PASSWORD}.
 */
@Component
class InitialAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);

    private final AccountService accounts;
    private final String adminPassword;
    private final String scrapePassword;

    InitialAccounts(
            AccountService accounts,
            @Value("${verivali.initial-admin-password:}") String adminPassword,
            @Value("${verivali.initial-scrape-password:}") String scrapePassword) {
        this.accounts = accounts;
        this.adminPassword = adminPassword;
        this.scrapePassword = scrapePassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<NewAccount> wanted = new ArrayList<>();
        if (!adminPassword.isBlank()) {
            wanted.add(new NewAccount("admin", "Administrator", Role.ADMIN, null, adminPassword));
        }
        if (!scrapePassword.isBlank()) {
            wanted.add(new NewAccount("prometheus", "Prometheus", Role.MONITORING, null, scrapePassword));
        }
        if (wanted.isEmpty()) {
            return;
        }
        try {
            if (accounts.createMissing(wanted) > 0) {
                log.info(
                        "Created the initial accounts {} that were missing",
                        wanted.stream().map(NewAccount::username).toList());
            }
        } catch (DataIntegrityViolationException createdElsewhere) {
            // Nodes of a new installation start together: another one created them a moment ago.
            log.info("The initial accounts were created by another node");
        }
    }
}
