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
    PASSWORD_RESET,
    AREA_CREATED,
    AREA_UPDATED,
    AREA_ARCHIVED,
    AREA_RESTORED,
    ORGANIZATION_CREATED,
    ORGANIZATION_UPDATED,
    ORGANIZATION_ARCHIVED,
    ORGANIZATION_RESTORED,
    MODEL_CREATED,
    MODEL_UPDATED,
    MODEL_STATUS_CHANGED,
    MODEL_ASSESSED,
    MODEL_TYPE_CHANGED,
    IMPORTED,
    YEAR_OPENED,
    YEAR_UPDATED,
    YEAR_CLOSED,
    CRITERION_CHANGED,
    CRITERIA_SET_VERSIONED,
    ROSTER_CHANGED,
    REPORT_SAVED,
    COMMENDATION_SAVED,
    COMMENDATION_DELETED,
    EVENT_SAVED,
    EVENT_DELETED;

    public String messageKey() {
        return "audit.action." + name();
    }
}
