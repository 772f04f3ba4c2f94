package vn.antt.matrix;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The declared answer of every handler mapping to every actor. Each value lists, in the order of {@link Actor}'s
 * logged-in actors (ADMIN, STEERING, APPRAISER, officer on their own commune's ids, officer on another commune's ids),
 * one letter:
 * <ul>
 * <li>{@code A} allowed: 2xx or a redirect that is not to the login page;</li>
 * <li>{@code F} 403, {@code N} 404, {@code R} 403 or 404 (refused, nothing changes);</li>
 * <li>{@code C} 403, 404 or 409: refused by the dossier workflow, whose role table and states answer together;</li>
 * <li>{@code -} not sent: Spring Boot's error page answers the error it is forwarded, not an address of its own (what it
 * answers when opened directly is issue 12 §2's, the hostile-input test's);</li>
 * <li>{@code V} (state-changing only) sent with an empty form: the page is shown again, a redirect follows or the
 * input is refused (400); nothing is stored, and for an officer nothing of another commune is shown;</li>
 * <li>{@code a} (state-changing only) allowed: sent by AuthorizationMatrixTest#everyAllowedStateChangeIsSentAndTakesEffect
 * as a valid request on records built for it (never the demo's), which must be answered as allowed and change the
 * database as the action should.</li>
 * </ul>
 * Anonymous requests are always led to the login page, except those in {@link #PUBLIC}. Movement events are
 * public to every logged-in user by design (domain: the movement's festivals), changed only by their commune. The
 * administrator manages accounts, catalogues and the registry, but takes no step of the certification (domain §4:
 * years, dossiers' corrections and decisions are the steering committee's, the year-end report's text too).
 */
final class Policy {

    /** Open to everyone (the login page itself and the session's keep-alive ping answer an anonymous request). */
    static final Set<String> PUBLIC = Set.of("GET /login", "GET /error", "POST /error");

    static final Map<String, String> TABLE = new LinkedHashMap<>();

    static {
        // overview and reports
        put("GET /", "AAAAA");
        put("GET /keep-alive", "AAAAA");
        put("GET /select-year", "AAAAA");
        put("GET /communes", "AAAAA");
        put("GET /communes.xlsx", "AAAAA");
        put("GET /communes/{code}", "AAAAN");
        put("GET /communes/{code}/areas.xlsx", "AAAAN");
        put("GET /communes/{code}/areas/new", "AFFAN");
        put("POST /communes/{code}/areas/new", "aRRVN");
        put("GET /areas/{id}", "AAAAN");
        put("GET /areas/{id}/edit", "AFFAN");
        put("POST /areas/{id}/edit", "aRRVN");
        put("POST /areas/{id}/archive", "aRRaN");
        put("POST /areas/{id}/restore", "aRRaN");
        put("GET /reports/year-end", "AAAAA");
        put("POST /reports/year-end", "FaRRR");
        put("GET /reports/year-end/print", "AAAAA");
        put("GET /reports/year-end.pdf", "AAAAA");
        put("GET /reports/year-end.xlsx", "AAAAA");
        // organizations
        put("GET /organizations", "AAAAA");
        put("GET /organizations.xlsx", "AAAAA");
        put("GET /organizations/new", "AFFAA");
        put("POST /organizations/new", "VRRVV");
        put("GET /organizations/{id}", "AAAAN");
        put("GET /organizations/{id}/edit", "AFFAN");
        put("POST /organizations/{id}/edit", "aRRVN");
        put("POST /organizations/{id}/archive", "aRRaN");
        put("POST /organizations/{id}/restore", "aRRaN");
        // self-managed models
        put("GET /models", "AAAAA");
        put("GET /models.xlsx", "AAAAA");
        put("GET /models/new", "AFFAA");
        put("POST /models/new", "VRRVV");
        put("GET /models/{id}", "AAAAN");
        put("GET /models/{id}/edit", "AFFAN");
        put("POST /models/{id}/edit", "aRRVN");
        put("POST /models/{id}/assessment", "aRRVN");
        put("POST /models/{id}/status", "aRRVN");
        put("POST /models/{id}/members", "aRRVN");
        put("POST /models/{id}/members/{memberId}/delete", "aRRaN");
        // imports (a batch is its uploader's)
        put("GET /admin/import", "AFFFF");
        put("GET /imports", "AAAAA");
        put("GET /imports/templates/{kind}.xlsx", "AFFAA");
        put("POST /imports", "VVVVV");
        put("GET /imports/{id}", "ANNAN");
        put("POST /imports/{id}/confirm", "aNNaN");
        put("GET /imports/{id}/progress", "ANNAN");
        put("GET /imports/{id}/errors.xlsx", "ANNAN");
        // certification: years, roster, dossiers, decisions
        put("GET /years", "AAAAA");
        put("POST /years", "FaRRR");
        put("GET /years/{year}", "AAAAA");
        put("POST /years/{year}", "FaRRR");
        put("POST /years/{year}/close", "FaRRR");
        put("GET /roster", "AAAAA");
        put("GET /years/{year}/roster", "AAAAA");
        put("GET /years/{year}/roster.xlsx", "AAAAA");
        put("POST /years/{year}/roster/add-active", "RaRRR");
        put("POST /years/{year}/roster/copy", "RaRRR");
        put("POST /years/{year}/roster/{entryId}", "RaRRR");
        put("POST /years/{year}/roster/{entryId}/remove", "RaRRR");
        put("GET /dossiers", "AAAAA");
        put("GET /dossiers.xlsx", "AAAAA");
        put("POST /dossiers/create-all", "Raaaa");
        put("GET /dossiers/{id}", "AAAAN");
        put("GET /dossiers/{id}/self-scoring", "AAAAN");
        put("GET /dossiers/{id}/self-scoring.pdf", "AAAAN");
        put("GET /dossiers/{id}/certificate.pdf", "AAAAN");
        put("POST /dossiers/{id}/correction", "CaCCC");
        put("POST /dossiers/{id}/self-assessment", "RRRaR");
        put("POST /dossiers/{id}/attachments", "VVaaV");
        put("GET /dossiers/{id}/attachments/{attachmentId}", "AAAAN");
        put("POST /dossiers/{id}/attachments/{attachmentId}/delete", "RRRaR");
        put("POST /dossiers/{id}/attachments/{attachmentId}/replace", "VVVaV");
        put("POST /dossiers/{id}/return", "CCaCC");
        put("POST /dossiers/{id}/appraisal", "RRaCR");
        put("POST /dossiers/{id}/area-decision", "CCCaR");
        put("POST /dossiers/{id}/refuse", "CaCCC");
        put("POST /dossiers/{id}/revoke", "CaCaC");
        put("GET /decisions", "AAAAA");
        put("POST /decisions", "RaRRR");
        put("GET /decisions/{id}", "AAAAN");
        put("GET /decisions/{id}/print", "AAAAN");
        put("GET /decisions/{id}.pdf", "AAAAN");
        put("GET /decisions/{id}/certificates.pdf", "AAAAN");
        put("POST /decisions/{id}/delete", "RaRRR");
        put("POST /decisions/{id}/dossiers/{dossierId}/remove", "RaRRR");
        put("POST /decisions/{id}/issue", "RaRRR");
        put("POST /decisions/{id}/correction", "RaRRR");
        // commendations and events
        put("GET /commendations", "AAAAA");
        put("GET /commendations.xlsx", "AAAAA");
        put("GET /commendations/new", "AAFFF");
        put("POST /commendations/new", "VVRRR");
        put("GET /commendations/{id}", "AAAAN");
        put("POST /commendations/{id}", "aVRRR");
        put("POST /commendations/{id}/delete", "aaRRR");
        put("GET /events", "AAAAA");
        put("GET /events/new", "AAFAA");
        put("POST /events/new", "VVRVV");
        put("GET /events/{id}", "AAAAA");
        put("POST /events/{id}", "aVRVR");
        put("POST /events/{id}/delete", "aaRaR");
        // one's own account
        put("GET /account/password", "AAAAA");
        put("POST /account/password", "VVVVV");
        put("GET /login", "AAAAA");
        put("GET /error", "-----");
        put("POST /error", "-----");
        // administration: administrators only
        put("GET /admin/users", "AFFFF");
        put("GET /admin/users/new", "AFFFF");
        put("POST /admin/users/new", "VFFFF");
        put("GET /admin/users/{id}", "AFFFF");
        put("POST /admin/users/{id}", "aFFFF");
        put("POST /admin/users/{id}/disable", "aFFFF");
        put("POST /admin/users/{id}/enable", "aFFFF");
        put("GET /admin/users/{id}/reset-password", "AFFFF");
        put("POST /admin/users/{id}/reset-password", "aFFFF");
        put("GET /admin/audit", "AFFFF");
        put("GET /admin/audit.xlsx", "AFFFF");
        put("GET /admin/model-types", "AFFFF");
        put("POST /admin/model-types", "VFFFF");
        put("POST /admin/model-types/{id}", "aFFFF");
        put("POST /admin/model-types/{id}/retire", "aFFFF");
        put("GET /admin/criteria", "AFFFF");
        put("POST /admin/criteria/{id}", "aFFFF");
        put("GET /admin/issuing-bodies", "AFFFF");
        put("POST /admin/issuing-bodies/{id}", "aFFFF");
        put("GET /admin/commendation-issuers", "AFFFF");
        put("POST /admin/commendation-issuers", "VFFFF");
    }

    private Policy() {
    }

    private static void put(String mapping, String answers) {
        if (answers.length() != Actor.LOGGED_IN.size() || TABLE.put(mapping, answers) != null) {
            throw new IllegalStateException("bad policy line " + mapping);
        }
    }
}
