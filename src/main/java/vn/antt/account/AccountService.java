package vn.antt.account;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.antt.account.internal.UserAccountRepository;
import vn.antt.infrastructure.audit.AuditAction;
import vn.antt.infrastructure.audit.AuditTrail;
import vn.antt.infrastructure.audit.AuditWords;
import vn.antt.infrastructure.persistence.NaturalKey;
import vn.antt.infrastructure.persistence.SearchPatterns;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;
import vn.antt.infrastructure.problem.FieldProblem;
import vn.antt.infrastructure.problem.NotFoundException;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.territory.Commune;
import vn.antt.territory.CommuneService;

@Service
@Transactional
public class AccountService implements UserDetailsService {

    private static final NaturalKey USERNAME = new NaturalKey("user_account_username_key", "username",
            "user.username.taken");

    private final UserAccountRepository accounts;
    private final CommuneService communes;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final OpenSessions sessions;
    private final UnknownUsernames unknownUsernames;
    private final EntityManager entityManager;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, CommuneService communes, PasswordEncoder passwordEncoder,
                   AuditTrail audit, OpenSessions sessions, UnknownUsernames unknownUsernames,
                   EntityManager entityManager, Clock clock) {
        this.accounts = accounts;
        this.communes = communes;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.sessions = sessions;
        this.unknownUsernames = unknownUsernames;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public CurrentUser loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(normalize(username))
                .orElseThrow(() -> new UsernameNotFoundException(username));
        Commune commune = account.getCommune();
        return new CurrentUser(account.getId(), account.getUsername(), account.getPasswordHash(),
                account.getFullName(), account.getRoles(), commune == null ? null : commune.getId(),
                commune == null ? null : commune.getName(), account.isEnabled(), account.isLocked(clock.instant()),
                account.isMustChangePassword());
    }

    /**
     * Counts a wrong password, for an account or for a username without one alike; the login answer says nothing of
     * either (see {@link LoginHandlers}).
     */
    public void loginFailed(String username) {
        String name = normalize(username);
        accounts.findByUsername(name).ifPresentOrElse(account -> {
            boolean lockedNow = account.loginFailed(clock.instant());
            saveLoginState(account);
            audit.recordAs(account.getUsername(), lockedNow ? AuditAction.ACCOUNT_LOCKED : AuditAction.LOGIN_FAILED,
                    account.getUsername(), null);
        }, () -> {
            boolean lockedNow = unknownUsernames.loginFailed(name, clock.instant());
            audit.recordAs(null, lockedNow ? AuditAction.ACCOUNT_LOCKED : AuditAction.LOGIN_FAILED, username, null);
        });
    }

    public void loginSucceeded(String username) {
        accounts.findByUsername(username).ifPresent(account -> {
            account.loginSucceeded(clock.instant());
            saveLoginState(account);
            audit.recordAs(username, AuditAction.LOGIN_SUCCEEDED, username, null);
        });
    }

    private void saveLoginState(UserAccount account) {
        entityManager.detach(account);
        accounts.saveLoginState(account.getId(), account.getFailedLogins(), account.getLockedUntil(),
                account.getLastLoginAt());
    }

    @Transactional(readOnly = true)
    public Page<UserAccount> search(String typed, Pageable pageable) {
        return accounts.search(SearchPatterns.contains(typed), pageable);
    }

    /** The full names of these accounts by username, e.g. for the people a history names. */
    @Transactional(readOnly = true)
    public Map<String, String> fullNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return accounts.findFullNames(usernames).stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }

    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        return accounts.findById(id).orElseThrow(NotFoundException::new);
    }

    public UserAccount create(String username, String fullName, Set<Role> roles, Long communeId,
                              String temporaryPassword) {
        String name = normalize(username);
        if (accounts.existsByUsername(name)) {
            throw new FieldProblem("username", "user.username.taken");
        }
        checkPassword(name, temporaryPassword, "password");
        String passwordHash = passwordEncoder.encode(temporaryPassword);
        UserAccount account = USERNAME.guard(() -> accounts.saveAndFlush(new UserAccount(name, fullName,
                passwordHash, roles, communeFor(roles, communeId), true)));
        audit.recordValues(AuditAction.USER_CREATED, name, "users", shown(account));
        return account;
    }

    public void update(long id, long version, String fullName, Set<Role> roles, Long communeId, CurrentUser actor) {
        UserAccount account = get(id);
        if (account.getVersion() != version) {
            throw new StaleEditException();
        }
        if (account.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherAdministrator(account, actor, "roles");
        }
        Shown before = shown(account);
        account.update(fullName, roles, communeFor(roles, communeId));
        sessions.expire(account.getUsername());
        audit.recordChanges(AuditAction.USER_UPDATED, account.getUsername(), "users", before, shown(account));
    }

    public void setEnabled(long id, long version, boolean enabled, CurrentUser actor) {
        UserAccount account = get(id);
        if (account.getVersion() != version) {
            throw new StaleEditException();
        }
        if (!enabled && account.getId() == actor.id()) {
            throw new FieldProblem("enabled", "user.disable.self");
        }
        if (!enabled && account.getRoles().contains(Role.ADMIN)) {
            requireAnotherAdministrator(account, actor, "enabled");
        }
        account.setEnabled(enabled);
        if (!enabled) {
            sessions.expire(account.getUsername());
        }
        String enabledWord = audit.words().message("audit.user.enabled");
        String disabledWord = audit.words().message("audit.user.disabled");
        audit.record(enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, account.getUsername(),
                audit.words().change("audit.user.state", enabled ? disabledWord : enabledWord,
                        enabled ? enabledWord : disabledWord));
    }

    public void resetPassword(long id, String temporaryPassword) {
        UserAccount account = get(id);
        checkPassword(account.getUsername(), temporaryPassword, "password");
        account.resetPassword(passwordEncoder.encode(temporaryPassword));
        sessions.expire(account.getUsername());
        audit.record(AuditAction.PASSWORD_RESET, account.getUsername(), audit.words().message("audit.passwordReset"));
    }

    /** Changes one's own password and ends one's other sessions (all but {@code keptSessionId}). */
    public void changeOwnPassword(long id, String currentPassword, String newPassword, String keptSessionId) {
        UserAccount account = get(id);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new FieldProblem("currentPassword", "password.currentWrong");
        }
        checkPassword(account.getUsername(), newPassword, "newPassword");
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new FieldProblem("newPassword", "password.sameAsCurrent");
        }
        account.changePassword(passwordEncoder.encode(newPassword));
        sessions.expireAllBut(account.getUsername(), keptSessionId);
        audit.record(AuditAction.PASSWORD_CHANGED, account.getUsername(),
                audit.words().message("audit.passwordChanged"));
    }

    /** Creates the first administrator from configuration when the database has none. */
    public boolean createFirstAdminIfNone(String username, String password) {
        if (accounts.existsWithRole(Role.ADMIN)) {
            return false;
        }
        String name = normalize(username);
        List<String> problems = PasswordPolicy.violations(name, password);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("ANTT_ADMIN_PASSWORD breaks the password policy: " + problems);
        }
        accounts.save(new UserAccount(name, name, passwordEncoder.encode(password), Set.of(Role.ADMIN), null, false));
        audit.recordAs(name, AuditAction.USER_CREATED, name, audit.words().value(Role.ADMIN));
        return true;
    }

    /** The system always keeps an enabled administrator, and nobody removes their own administration right. */
    private void requireAnotherAdministrator(UserAccount account, CurrentUser actor, String field) {
        if (account.getId() == actor.id()) {
            throw new FieldProblem(field, "user.admin.self");
        }
        if (accounts.countOtherEnabledWithRole(Role.ADMIN, account.getId()) == 0) {
            throw new FieldProblem(field, "user.admin.last");
        }
    }

    private Commune communeFor(Set<Role> roles, Long communeId) {
        if (!roles.contains(Role.COMMUNE_OFFICER)) {
            return null;
        }
        if (communeId == null) {
            throw new FieldProblem("communeId", "user.commune.required");
        }
        return communes.find(communeId).orElseThrow(() -> new FieldProblem("communeId", "user.commune.required"));
    }

    private static void checkPassword(String username, String password, String field) {
        PasswordPolicy.violations(username, password).stream().findFirst().ifPresent(key -> {
            throw new FieldProblem(field, key);
        });
    }

    /** An account as its form shows it (labels {@code users.*}): full name, roles by their labels, commune. */
    public record Shown(String fullName, String roles, String commune) {
    }

    private Shown shown(UserAccount account) {
        AuditWords words = audit.words();
        return new Shown(account.getFullName(),
                account.getRoles().stream().sorted().map(words::value).collect(Collectors.joining(", ")),
                account.getCommune() == null ? null : account.getCommune().getName());
    }

    private static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
