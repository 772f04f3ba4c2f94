package vn.antt.infrastructure.security;

import java.util.Date;
import java.util.List;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The sessions of every instance, as Spring Session keeps them in the database (indexed by username): an
 * administrator's change on one instance ends the user's sessions on all of them, by marking them expired there.
 *
 * <p>Spring Security asks on every request whether the request's own session was marked; Spring Session's registry
 * would read the session from the database a second time for that. The request's session is already loaded, so it is
 * answered from there.
 *
 * <p>What a request then costs for its session is Spring Session's own: the read at the start, the time recorded at
 * the end, and (for a page sent before the request ends) one more read as it finishes; {@code PageStatementsTest}
 * holds that.
 */
final class StoredSessionRegistry implements SessionRegistry {

    /** Where {@link SpringSessionBackedSessionRegistry}'s session information marks a session expired. */
    static final String EXPIRED_ATTRIBUTE = "org.springframework.session.security.SpringSessionBackedSessionInformation"
            + ".EXPIRED";

    private final SpringSessionBackedSessionRegistry<? extends Session> stored;

    <S extends Session> StoredSessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        this.stored = new SpringSessionBackedSessionRegistry<>(sessions);
    }

    @Override
    public SessionInformation getSessionInformation(String sessionId) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null && session.getId().equals(sessionId)) {
                Object context = session.getAttribute("SPRING_SECURITY_CONTEXT");
                if (context == null) {
                    return null; // not a logged-in session: nothing to expire
                }
                SessionInformation information = new SessionInformation(context, sessionId,
                        new Date(session.getLastAccessedTime()));
                if (Boolean.TRUE.equals(session.getAttribute(EXPIRED_ATTRIBUTE))) {
                    information.expireNow();
                }
                return information;
            }
        }
        return stored.getSessionInformation(sessionId);
    }

    @Override
    public List<Object> getAllPrincipals() {
        return stored.getAllPrincipals();
    }

    @Override
    public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
        return stored.getAllSessions(principal, includeExpiredSessions);
    }

    @Override
    public void refreshLastRequest(String sessionId) {
        // Spring Session records every request's time itself
    }

    @Override
    public void registerNewSession(String sessionId, Object principal) {
        // Spring Session indexes a session by its user as it saves it
    }

    @Override
    public void removeSessionInformation(String sessionId) {
        stored.removeSessionInformation(sessionId);
    }
}
