package vn.antt.account.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import vn.antt.account.UserAccount;
import vn.antt.infrastructure.security.Role;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @EntityGraph(attributePaths = "commune")
    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findByUsernameIn(Collection<String> usernames);

    /** Username and full name of the accounts, without their roles (one statement). */
    @Query("select u.username, u.fullName from UserAccount u where u.username in :usernames")
    List<Object[]> findFullNames(Collection<String> usernames);

    @Query("select count(u) > 0 from UserAccount u join u.roles r where r = :role")
    boolean existsWithRole(Role role);

    /** Accounts whose username or full name contains the typed text, ignoring case and diacritics. */
    @Query(value = """
            select u from UserAccount u left join fetch u.commune
            where cast(:searchKey as String) is null
               or f_search_key(concat(u.username, ' ', u.fullName)) like f_search_key(cast(:searchKey as String))
            order by u.username""",
            countQuery = """
            select count(u) from UserAccount u
            where cast(:searchKey as String) is null
               or f_search_key(concat(u.username, ' ', u.fullName)) like f_search_key(cast(:searchKey as String))""")
    Page<UserAccount> search(String searchKey, Pageable pageable);

    /** Writes only the login bookkeeping: no version change, so no false "someone else saved first". */
    @Modifying
    @Query("""
            update UserAccount u set u.failedLogins = :failedLogins, u.lockedUntil = :lockedUntil,
                                     u.lastLoginAt = :lastLoginAt
            where u.id = :id""")
    void saveLoginState(long id, int failedLogins, Instant lockedUntil, Instant lastLoginAt);

    @Query("select count(u) from UserAccount u join u.roles r where r = :role and u.enabled = true and u.id <> :exceptId")
    long countOtherEnabledWithRole(Role role, long exceptId);
}
