package vn.antt.matrix;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static vn.antt.support.OnceTokens.once;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.antt.support.Sessions;

/**
 * Sends every registered mapping as every actor and compares the answer with the policy; collects what differs
 * instead of stopping at the first, so that one run names every hole.
 */
final class Matrix {

    /** The tables whose rows a refused request must leave as they were (the one-time tokens' own are left out). */
    private static final List<String> TABLES = List.of("commune", "residential_area", "organization",
            "self_managed_model", "model_member", "model_assessment", "model_status_change", "model_type",
            "import_batch", "evaluation_year", "roster_entry", "dossier", "dossier_assessment", "dossier_attachment",
            "dossier_event", "dossier_figure", "recognition_decision", "issuing_body", "criteria_set", "criterion",
            "commendation", "commendation_issuer", "movement_event", "user_account", "user_role", "year_end_report",
            "year_figures", "audit_log");

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;
    private final Ids ids;
    private final List<String> foreign;
    private final Map<Actor, MockHttpSession> sessions = new EnumMap<>(Actor.class);
    final List<String> problems = new ArrayList<>();
    int requests;
    int notSent;
    /** Allowed state changes ({@code a}): sent by AuthorizationMatrixTest's own test, on records built for them. */
    int allowedChanges;

    Matrix(MockMvc mvc, JdbcTemplate jdbc, Ids ids) throws Exception {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.ids = ids;
        this.foreign = ids.foreignNames();
        for (Actor actor : Actor.LOGGED_IN) {
            sessions.put(actor, Sessions.demo(mvc, actor.username));
        }
    }

    List<String> foreignNames() {
        return foreign;
    }

    /** "GET /path/{id}" for every method of every handler mapping; a mapping without a method counts as GET and POST. */
    static Set<String> registered(RequestMappingHandlerMapping mapping) {
        Set<String> found = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            Set<RequestMethod> shown = methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods;
            for (RequestMethod method : shown) {
                info.getPatternValues().forEach(pattern -> found.add(method + " " + pattern));
            }
        }
        return found;
    }

    void check(Set<String> mappings, Map<String, String> policy) throws Exception {
        for (String mapping : mappings) {
            String answers = policy.get(mapping);
            if (answers == null) {
                problems.add(mapping + ": not in the policy table");
                continue;
            }
            for (Actor actor : Actor.values()) {
                char expected = actor == Actor.ANONYMOUS ? (!Policy.PUBLIC.contains(mapping) ? 'L'
                        : answers.charAt(0) == '-' ? '-' : 'A')
                        : answers.charAt(Actor.LOGGED_IN.indexOf(actor));
                if (expected == 'a') {
                    allowedChanges++;
                    continue;
                }
                if (expected == '-') {
                    notSent++;
                    continue;
                }
                send(mapping, actor, expected);
            }
        }
    }

    private void send(String mapping, Actor actor, char expected) throws Exception {
        String method = mapping.substring(0, mapping.indexOf(' '));
        String path = ids.path(mapping.substring(mapping.indexOf(' ') + 1), actor.ownIds);
        boolean changing = !method.equals("GET");
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path)
                .param("year", String.valueOf(Ids.YEAR));
        if (actor != Actor.ANONYMOUS) {
            request.session(sessions.get(actor));
        }
        if (actor == Actor.OFFICER_OTHER) {
            // whatever a request carries, an officer's answer stays within their commune
            request.param("commune", Ids.OTHER_CODE).param("communeId", String.valueOf(ids.otherCommune))
                    .param("communeCode", Ids.OTHER_CODE);
        }
        if (changing) {
            // a reason, so that a refusal comes from the rights checked and not from a missing field
            request.param("version", "0").param("reason", "Lý do thử của ma trận quyền");
            if (actor == Actor.ANONYMOUS) {
                request.with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf());
            }
            else {
                request.with(once());
            }
        }
        String before = changing ? digest() : null;
        String where = mapping + " as " + actor + " (" + method + " " + path + ")";
        requests++;
        MockHttpServletResponse response;
        try {
            MvcResult result = mvc.perform(request).andReturn();
            if (result.getRequest().isAsyncStarted()) {
                // a streamed download (StreamingResponseBody) is written on its async dispatch
                result = mvc.perform(asyncDispatch(result)).andReturn();
            }
            response = result.getResponse();
        }
        catch (Exception failed) {
            problems.add(where + ": failed with " + failed);
            return;
        }
        if (!Answers.matches(expected, response)) {
            problems.add(where + ": expected " + expected + ", got " + Answers.describe(response));
        }
        if (changing && !before.equals(digest())) {
            problems.add(where + ": changed the database");
        }
        if (actor.isOfficer() && response.getStatus() == 200) {
            String leak = Answers.leaked(Answers.text(response), foreign);
            if (leak != null) {
                problems.add(where + ": shows another commune's \"" + leak + "\"");
            }
        }
    }

    /** Row count and newest row version of every main table: any insert, update or delete moves it. */
    String digest() {
        StringBuilder sql = new StringBuilder();
        for (String table : TABLES) {
            if (!sql.isEmpty()) {
                sql.append(" || ' ' || ");
            }
            sql.append("(select count(*) || ':' || coalesce(max(xmin::text::bigint), 0) from ").append(table)
                    .append(")");
        }
        return jdbc.queryForObject("select " + sql, String.class);
    }
}
