package vn.antt.infrastructure.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the audit log: who did what, when, from where. Written once, never changed. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    private String username;

    private String action;

    private String target;

    private String detail;

    private String remoteAddress;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String username, String action, String target, String detail,
               String remoteAddress) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.action = action;
        this.target = target;
        this.detail = detail;
        this.remoteAddress = remoteAddress;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }

    /** Readable also for lines written before addresses were kept short ("::1", not "0:0:0:0:0:0:0:1"). */
    public String getRemoteAddress() {
        return ClientAddress.readable(remoteAddress);
    }
}
