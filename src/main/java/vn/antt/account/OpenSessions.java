package vn.antt.account;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import vn.antt.infrastructure.security.CurrentUser;

/**
 * Ends a user's open sessions when an administrator disables the account, resets its password or changes its
 * roles, and a user's other sessions when they change their own password: the next request of such a session goes
 * to the login page.
 */
@Component
class OpenSessions {

    private final SessionRegistry registry;

    OpenSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    void expire(long userId) {
        expireAllBut(userId, null);
    }

    void expireAllBut(long userId, String keptSessionId) {
        registry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof CurrentUser user && user.id() == userId)
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .filter(session -> !session.getSessionId().equals(keptSessionId))
                .forEach(SessionInformation::expireNow);
    }
}
