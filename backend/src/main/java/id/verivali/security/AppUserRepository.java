package id.verivali.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    @Query("select u.username from AppUser u where u.username in :usernames")
    List<String> findExistingUsernames(Collection<String> usernames);

    /** The enabled accounts of a role at any of these regions that have an e-mail address. */
    @Query("""
            select u from AppUser u
            where u.role = :role and u.regionCode in :regionCodes and u.enabled = true and u.email is not null""")
    List<AppUser> findMailableIn(Role role, Collection<String> regionCodes);

    /** The enabled accounts of a role without a region that have an e-mail address. */
    @Query("""
            select u from AppUser u
            where u.role = :role and u.regionCode is null and u.enabled = true and u.email is not null""")
    List<AppUser> findMailableNationwide(Role role);
}
