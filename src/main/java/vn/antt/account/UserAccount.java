package vn.antt.account;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import vn.antt.account.internal.UserAccountRepository;
import vn.antt.infrastructure.persistence.AuditedEntity;
import vn.antt.infrastructure.security.Role;
import vn.antt.territory.Commune;

/** Tài khoản người dùng. */
@Entity
public class UserAccount extends AuditedEntity {

    /** Five wrong passwords in a row lock the account for fifteen minutes. */
    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private String username;

    private String fullName;

    private String passwordHash;

    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToOne(fetch = FetchType.LAZY)
    private Commune commune;

    private boolean mustChangePassword;

    // login bookkeeping is saved apart from edits (UserAccountRepository.saveLoginState), so that it never makes an
    // administrator's open form look stale
    private int failedLogins;

    private Instant lockedUntil;

    private Instant lastLoginAt;

    protected UserAccount() {
    }

    UserAccount(String username, String fullName, String passwordHash, Set<Role> roles, Commune commune,
                boolean mustChangePassword) {
        this.username = username;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.commune = commune;
        this.mustChangePassword = mustChangePassword;
    }

    /** Counts a wrong password; returns true when this one locked the account. */
    boolean loginFailed(Instant now) {
        if (lockedUntil != null && !isLocked(now)) {
            failedLogins = 0;
            lockedUntil = null;
        }
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS && lockedUntil == null) {
            lockedUntil = now.plus(LOCK_DURATION);
            return true;
        }
        return false;
    }

    void loginSucceeded(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
        mustChangePassword = false;
    }

    /** An administrator's reset: a temporary password that its owner must replace at the next login. */
    void resetPassword(String temporaryHash) {
        passwordHash = temporaryHash;
        mustChangePassword = true;
        failedLogins = 0;
        lockedUntil = null;
    }

    void update(String fullName, Set<Role> roles, Commune commune) {
        this.fullName = fullName;
        this.roles.clear();
        this.roles.addAll(roles);
        this.commune = commune;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public Commune getCommune() {
        return commune;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
