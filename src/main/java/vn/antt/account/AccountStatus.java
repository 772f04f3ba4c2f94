package vn.antt.account;

import java.time.Clock;

import org.springframework.stereotype.Component;

/** Account state that depends on the time, for the user list ({@code ${@accountStatus.locked(user)}}). */
@Component("accountStatus")
class AccountStatus {

    private final Clock clock;

    AccountStatus(Clock clock) {
        this.clock = clock;
    }

    public boolean locked(UserAccount account) {
        return account.isLocked(clock.instant());
    }
}
