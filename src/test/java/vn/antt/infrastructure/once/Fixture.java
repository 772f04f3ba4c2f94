package vn.antt.infrastructure.once;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.antt.account.AccountService;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.web.once.FormTokens;
import vn.antt.support.WebSession;

/**
 * What the once-only cases build their requests from: one logged-in session per user against the real server, the
 * database, and records created for the test (year {@link #YEAR} is opened by the test alone).
 */
final class Fixture {

    /**
     * An evaluation year of this test's own: every dossier of it belongs to this test. A year the year selector
     * offers, older than the demo's open year, and used by no other test; the year before it (for the roster's copy)
     * is this test's too.
     */
    static final int YEAR = 2013;
    /** Xã Ninh An: no other test uses its officer. */
    static final String COMMUNE_CODE = "22540";

    final JdbcTemplate jdbc;
    final FormTokens tokens;
    final AccountService accounts;
    private final int port;
    private final Map<String, WebSession> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger counter = new AtomicInteger();
    private final String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);

    Fixture(int port, JdbcTemplate jdbc, FormTokens tokens, AccountService accounts) {
        this.port = port;
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.accounts = accounts;
    }

    WebSession session(String username) {
        return sessions.computeIfAbsent(username, user -> WebSession.login(port, user));
    }

    /** A name nobody else uses: the test run and a counter. */
    String unique() {
        return run + "-" + counter.incrementAndGet();
    }

    int next() {
        return counter.incrementAndGet();
    }

    /** Ten digits nobody else uses, for tax codes and decision numbers. */
    String digits() {
        return String.format("%010d", (System.nanoTime() / 1000) % 10_000_000_000L);
    }

    String officer() {
        return jdbc.queryForObject("select u.username from user_account u join commune c on c.id = u.commune_id "
                + "where c.code = ? order by u.id limit 1", String.class, COMMUNE_CODE);
    }

    long communeId() {
        return communeId(COMMUNE_CODE);
    }

    long communeId(String code) {
        return jdbc.queryForObject("select id from commune where code = ? order by id desc limit 1", Long.class, code);
    }

    long userId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    CurrentUser user(String username) {
        return accounts.loadUserByUsername(username);
    }

    long version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    /** Sends a form once, as its page would (a fresh token), and expects a redirect; returns where it leads. */
    String send(String user, String path, Map<String, String> fields) {
        HttpResponse<String> response = session(user).post(path, withToken(user, fields));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    String sendFile(String user, String path, Map<String, String> fields, WebSession.Upload upload) {
        HttpResponse<String> response = session(user).postMultipart(path, withToken(user, fields), "file", upload);
        assertThat(response.statusCode()).as(path).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** The id at the end of a location such as /organizations/12. */
    static long id(String location) {
        String path = location.replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    static WebSession.Upload pdf() {
        return new WebSession.Upload("bien-ban.pdf", "application/pdf", "%PDF-1.4 once".getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, String> withToken(String user, Map<String, String> fields) {
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put(FormTokens.FIELD, tokens.issue(user));
        return all;
    }
}
