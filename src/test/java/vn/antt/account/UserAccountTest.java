package vn.antt.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.antt.infrastructure.security.Role;

class UserAccountTest {

    private final Instant now = Instant.parse("2023-03-01T02:00:00Z");

    @Test
    void fiveWrongPasswordsInARowLockForFifteenMinutes() {
        UserAccount account = account();
        for (int i = 0; i < 4; i++) {
            assertThat(account.loginFailed(now)).isFalse();
        }
        assertThat(account.loginFailed(now)).isTrue();

        assertThat(account.isLocked(now.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(account.isLocked(now.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        UserAccount account = account();
        for (int i = 0; i < 4; i++) {
            account.loginFailed(now);
        }
        account.loginSucceeded(now);

        assertThat(account.loginFailed(now)).isFalse();
        assertThat(account.getFailedLogins()).isEqualTo(1);
        assertThat(account.getLastLoginAt()).isEqualTo(now);
    }

    @Test
    void afterTheLockExpiresTheCountStartsAgain() {
        UserAccount account = account();
        for (int i = 0; i < 5; i++) {
            account.loginFailed(now);
        }
        Instant later = now.plus(Duration.ofMinutes(20));

        assertThat(account.loginFailed(later)).isFalse();
        assertThat(account.isLocked(later)).isFalse();
        assertThat(account.getFailedLogins()).isEqualTo(1);
    }

    @Test
    void anAdministratorsResetUnlocksAndRequiresANewPassword() {
        UserAccount account = account();
        for (int i = 0; i < 5; i++) {
            account.loginFailed(now);
        }
        account.resetPassword("{noop}temporary");

        assertThat(account.isLocked(now)).isFalse();
        assertThat(account.isMustChangePassword()).isTrue();
        account.changePassword("{noop}chosen-by-user");
        assertThat(account.isMustChangePassword()).isFalse();
    }

    private static UserAccount account() {
        return new UserAccount("tester", "Người thử", "{noop}x", Set.of(Role.STEERING), null, false);
    }
}
