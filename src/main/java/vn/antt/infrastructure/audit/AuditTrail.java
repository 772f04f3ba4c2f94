package vn.antt.infrastructure.audit;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.antt.infrastructure.security.CurrentUsers;

/** Records logins and every change outside dossier history. */
@Service
public class AuditTrail {

    private static final int DETAIL_LIMIT = 4000;

    private final AuditEntryRepository entries;
    private final AuditWords words;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, AuditWords words, Clock clock) {
        this.entries = entries;
        this.words = words;
        this.clock = clock;
    }

    /** Records an edit as its changed fields, "label: old → new" in the words of the form ({@link AuditWords}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChanges(AuditAction action, String target, String labelPrefix, Record before, Record after) {
        record(action, target, words.changes(labelPrefix, before, after));
    }

    /** Records a record created or deleted as what it holds, "label: value" in the words of the form. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordValues(AuditAction action, String target, String labelPrefix, Record record) {
        record(action, target, words.values(labelPrefix, record));
    }

    /** The words of the UI for a value or a message, for a detail of the caller's own. */
    public AuditWords words() {
        return words;
    }

    /** Records an action of the logged-in user, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String target, String detail) {
        String username = CurrentUsers.current().map(user -> user.getUsername()).orElse(null);
        recordAs(username, action, target, detail);
    }

    /** Records an action of a named user (e.g. a login attempt, before anyone is logged in). */
    @Transactional
    public void recordAs(String username, AuditAction action, String target, String detail) {
        entries.save(new AuditEntry(clock.instant(), truncate(username, 50), action.name(), truncate(target, 255),
                truncate(detail, DETAIL_LIMIT), remoteAddress()));
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> latest(String username, Pageable pageable) {
        return username == null ? entries.findAllByOrderByOccurredAtDescIdDesc(pageable)
                : entries.findByUsernameOrderByOccurredAtDescIdDesc(username, pageable);
    }

    /**
     * The client's address as a person reads it. Behind a reverse proxy it is the proxy's, unless the proxy is
     * trusted by configuration ({@code server.forward-headers-strategy=native}, with Tomcat's
     * {@code server.tomcat.remoteip.internal-proxies}): only then does X-Forwarded-For count, so that a client
     * cannot write its own address into the log.
     */
    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return ClientAddress.readable(request.getRemoteAddr());
        }
        return null;
    }

    private static String truncate(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit);
    }
}
