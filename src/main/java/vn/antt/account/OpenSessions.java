package vn.antt.account;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends a user's open sessions when an administrator disables the account, resets its password or changes its
 * roles, and a user's other sessions when they change their own password: the next request of such a session goes
 * to the login page. The registry is Spring Session's view of the sessions in the database, found by username, so
 * this reaches the sessions of every instance.
 */
@Component
class OpenSessions {

    private final SessionRegistry registry;

    OpenSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    void expire(String username) {
        expireAllBut(username, null);
    }

    void expireAllBut(String username, String keptSessionId) {
        registry.getAllSessions(username, false).stream()
                .filter(session -> !session.getSessionId().equals(keptSessionId))
                .forEach(SessionInformation::expireNow);
    }
}
