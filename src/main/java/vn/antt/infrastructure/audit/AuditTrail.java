package vn.antt.infrastructure.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.antt.infrastructure.TimeConfiguration;
import vn.antt.infrastructure.persistence.Chunks;
import vn.antt.infrastructure.security.CurrentUsers;

/** Records logins and every change outside dossier history. */
@Service
public class AuditTrail {

    private static final int DETAIL_LIMIT = 4000;
    private static final Instant FAR_FUTURE = Instant.parse("9999-12-31T00:00:00Z");

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

    /**
     * Which lines the log shows: of one user (by username), of one action, from one day to another (both included,
     * Vietnam time); each may be null for any.
     */
    public record Filter(String username, AuditAction action, LocalDate from, LocalDate to) {

        public static final Filter ALL = new Filter(null, null, null, null);
    }

    /** The lines of the filter, newest first. */
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(Filter filter, Pageable pageable) {
        Instant from = filter.from() == null ? Instant.EPOCH
                : filter.from().atStartOfDay(TimeConfiguration.ZONE).toInstant();
        Instant until = filter.to() == null ? FAR_FUTURE
                : filter.to().plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant();
        // control and format characters are never part of a username (a NUL would also upset PostgreSQL)
        String typed = filter.username() == null ? "" : filter.username().replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        String username = typed.isEmpty() ? null : typed.toLowerCase(Locale.ROOT);
        return entries.search(username, filter.action() == null ? null : filter.action().name(), from, until,
                pageable);
    }

    /** Every line of the filter, newest first, in chunks (for the Excel download). */
    @Transactional(readOnly = true)
    public void forEach(Filter filter, Consumer<AuditEntry> sink) {
        Chunks.forEach(page -> search(filter, page), Sort.unsorted(), sink);
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
