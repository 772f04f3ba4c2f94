package vn.antt.infrastructure.audit;

/** What an audit log line records; each has a Vietnamese label under {@code audit.action.*}. */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    ACCOUNT_LOCKED,
    PASSWORD_CHANGED,
    USER_CREATED,
    USER_UPDATED,
    USER_DISABLED,
    USER_ENABLED,
    PASSWORD_RESET;

    public String messageKey() {
        return "audit.action." + name();
    }
}
