package id.verivali.security;

import id.verivali.common.web.InvalidFieldException;
import id.verivali.region.RegionService;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and finds them for sign-in. */
@Service
public class AccountService implements UserDetailsService {

    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final RegionService regions;
    private final ApplicationEventPublisher events;

    AccountService(
            AppUserRepository users,
            PasswordEncoder passwords,
            RegionService regions,
            ApplicationEventPublisher events) {
        this.users = users;
        this.passwords = passwords;
        this.regions = regions;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public CurrentUser loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(CurrentUser::of)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /**
     * Creates the accounts that do not exist yet and returns how many it created, publishing {@link AccountCreated}
     * for each. A password shared by many accounts is hashed once: BCrypt is deliberately slow. An account's e-mail
     * address is optional; a malformed one refuses the whole list, naming {@code email}.
     */
    @Transactional
    public int createMissing(List<NewAccount> accounts) {
        var existing = new HashSet<>(users.findExistingUsernames(
                accounts.stream().map(NewAccount::username).toList()));
        var missing = accounts.stream()
                .filter(account -> !existing.contains(account.username()))
                .toList();
        missing.forEach(this::checkRegion);
        missing.forEach(AccountService::checkEmail);
        Map<String, String> hashes = missing.stream()
                .map(NewAccount::rawPassword)
                .distinct()
                .collect(Collectors.toMap(raw -> raw, passwords::encode));
        users.saveAll(missing.stream()
                .map(account -> new AppUser(
                        account.username(),
                        hashes.get(account.rawPassword()),
                        account.fullName(),
                        account.role(),
                        account.regionCode(),
                        MailAddress.normalised(account.email())))
                .toList());
        String createdBy = signedInUsername();
        missing.forEach(account -> events.publishEvent(new AccountCreated(
                account.username(), account.fullName(), account.role(), account.regionCode(), createdBy)));
        return missing.size();
    }

    /** Who is creating accounts; nobody when the application does at start-up. */
    private static String signedInUsername() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                ? user.username()
                : null;
    }

    private static void checkEmail(NewAccount account) {
        if (!MailAddress.isAcceptable(account.email())) {
            throw new InvalidFieldException("email", "account.email.invalid");
        }
    }

    private void checkRegion(NewAccount account) {
        Role role = account.role();
        if (role.isNational()) {
            if (account.regionCode() != null) {
                throw new IllegalArgumentException(role + " works nationwide and has no region: " + account);
            }
            return;
        }
        if (account.regionCode() == null) {
            if (role.requiredLevel().isPresent()) {
                throw new IllegalArgumentException(role + " needs a region: " + account);
            }
            return;
        }
        var region = regions.find(account.regionCode())
                .orElseThrow(() -> new IllegalArgumentException("Unknown region for " + account));
        role.requiredLevel().filter(level -> level != region.level()).ifPresent(level -> {
            throw new IllegalArgumentException(role + " works at " + level + " level: " + account);
        });
    }
}
