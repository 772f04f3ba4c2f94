package vn.antt.infrastructure.once;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.antt.support.WebSession;

/**
 * One valid request of a mapping, built on records of the test's own, and how its effect is counted in the database:
 * {@code effectSql} counts what one execution adds ({@code expected}: 1, or -1 for what it removes).
 */
record Action(String user, String path, Map<String, String> fields, WebSession.Upload upload, String effectSql,
              Object[] effectArgs, int expected, boolean followable) {

    static Action of(String user, String path, Map<String, String> fields) {
        return new Action(user, path, fields, null, null, new Object[0], 1, true);
    }

    static Map<String, String> fields(Object... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i].toString(), String.valueOf(namesAndValues[i + 1]));
        }
        return fields;
    }

    Action upload(WebSession.Upload file) {
        return new Action(user, path, fields, file, effectSql, effectArgs, expected, followable);
    }

    /** The effect: what {@code sql} counts grows by one. */
    Action counting(String sql, Object... args) {
        return new Action(user, path, fields, upload, sql, args, expected, followable);
    }

    /** The effect: one more line of the audit log with this action. */
    Action audited(String auditAction) {
        return counting("select count(*) from audit_log where action = ?", auditAction);
    }

    /** The effect: one more step in the dossier's history. */
    Action recorded(long dossierId, String dossierAction) {
        return counting("select count(*) from dossier_event where dossier_id = ? and action = ?", dossierId,
                dossierAction);
    }

    /** The same request sent by another user (the authorization matrix sends it as each role the policy allows). */
    Action by(String other) {
        return new Action(other, path, fields, upload, effectSql, effectArgs, expected, followable);
    }

    Action removing() {
        return new Action(user, path, fields, upload, effectSql, effectArgs, -1, followable);
    }

    /** The action ends the session's login (a password change): its result page is not fetched again. */
    Action notFollowable() {
        return new Action(user, path, fields, upload, effectSql, effectArgs, expected, false);
    }
}
