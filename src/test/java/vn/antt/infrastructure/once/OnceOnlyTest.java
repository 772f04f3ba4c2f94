package vn.antt.infrastructure.once;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;
import vn.antt.account.AccountService;
import vn.antt.certification.DecisionService;
import vn.antt.certification.DossierService;
import vn.antt.infrastructure.web.once.FormTokens;
import vn.antt.infrastructure.web.once.OnceOnlyFilter;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.AuditLines;
import vn.antt.support.StateChangingMappings;
import vn.antt.support.WebSession;

/**
 * Issue 11 §2: every create and every action of the application, sent {@value #N} times at the same moment with the
 * same form (a double click, a browser retry, a script), happens exactly once; every other answer leads to the same
 * page and says "Yêu cầu này đã được thực hiện". Requests go to the real server, concurrently, in one session.
 */
@AnttIntegrationTest
class OnceOnlyTest {

    static final int N = 4;
    /** Spring Boot's error page answers every method; it shows an error and changes nothing. */
    static final List<String> WITHOUT_EFFECT = List.of("POST /error");
    static final String DONE = "Yêu cầu này đã được thực hiện; không thực hiện lại.";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FormTokens tokens;

    @Autowired
    AccountService accounts;

    @Autowired
    MessageSource messages;

    @Autowired
    DossierService dossiers;

    @Autowired
    DecisionService decisions;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Fixture fixture;

    AuditLines auditLines;

    /** The actions that leave no line in the audit log, and why. */
    static final Map<String, String> NOT_AUDITED = Map.of(
            "POST /imports", "an uploaded file is only read for its preview; confirming it is audited (IMPORTED)");

    @BeforeEach
    void setUp() {
        fixture = new Fixture(port, jdbc, tokens, accounts);
        auditLines = new AuditLines(jdbc, messages);
        CertificationCases.openOwnYear(fixture, dossiers);
    }

    Map<String, Case> cases() {
        Map<String, Case> cases = new LinkedHashMap<>(RegistryCases.all());
        cases.putAll(CertificationCases.all(dossiers, decisions));
        return cases;
    }

    @Test
    void everyStateChangingHandlerHasItsCase() {
        List<String> handlers = StateChangingMappings.of(mappings).stream()
                .filter(mapping -> !OnceOnlyFilter.EXEMPT_PATHS.contains(mapping.substring(mapping.indexOf(' ') + 1)))
                .filter(mapping -> !WITHOUT_EFFECT.contains(mapping))
                .toList();
        assertThat(cases().keySet()).as("a new handler needs its case in the table")
                .containsExactlyInAnyOrderElementsOf(handlers);
    }

    @TestFactory
    Stream<DynamicTest> everyActionSentFourTimesAtOnceHappensOnce() {
        return cases().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(),
                () -> happensOnce(entry.getKey(), entry.getValue().build(fixture))));
    }

    /** The creates whose record has a natural key, and the messages the form shows when it is taken. */
    static final Map<String, String> NATURAL_KEYS = Map.of(
            "POST /organizations/new", "organization.taxCode.taken|organization.name.taken",
            "POST /communes/{code}/areas/new", "area.name.taken",
            "POST /models/new", "model.name.taken",
            "POST /commendations/new", "commendation.duplicate",
            "POST /events/new", "event.duplicate",
            "POST /admin/model-types", "modelType.code.taken",
            // same code and same name: either index may refuse the second first
            "POST /admin/commendation-issuers", "issuer.code.taken|issuer.name.taken",
            "POST /admin/users/new", "user.username.taken",
            "POST /years", "year.exists");

    /**
     * Two tabs (or two clerks) send the same new record at the same moment, each with its own form: the database
     * stores one, and every other sender sees the form's own message about the taken key, never an error page.
     */
    @TestFactory
    Stream<DynamicTest> theSameRecordSentFromSeveralTabsAtOnceIsStoredOnce() {
        Map<String, Case> cases = cases();
        return NATURAL_KEYS.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            Action action = cases.get(entry.getKey()).build(fixture);
            WebSession session = fixture.session(action.user());
            List<String> said = Stream.of(entry.getValue().split("\\|"))
                    .map(key -> messages.getMessage(key, null, Locale.forLanguageTag("vi-VN"))).toList();
            long before = effect(action);

            List<HttpResponse<String>> responses = atOnce(N, () -> {
                Map<String, String> form = new LinkedHashMap<>(action.fields());
                form.put(FormTokens.FIELD, tokens.issue(action.user()));
                return session.post(action.path(), form);
            });

            assertThat(effect(action) - before).as(entry.getKey() + ": one record").isEqualTo(1);
            List<String> told = new ArrayList<>();
            for (HttpResponse<String> response : responses) {
                assertThat(response.statusCode()).as(entry.getKey()).isIn(200, 302);
                told.add(response.statusCode() == 200 ? HtmlUtils.htmlUnescape(response.body())
                        : session.follow(response));
            }
            assertThat(told).as(entry.getKey() + ": the others are told the key is taken")
                    .anyMatch(page -> said.stream().anyMatch(page::contains))
                    .noneMatch(page -> page.contains("Mã lỗi"));
            assertThat(responses.stream().filter(response -> response.statusCode() == 200))
                    .allMatch(response -> said.stream().anyMatch(HtmlUtils.htmlUnescape(response.body())::contains));
        }));
    }

    /** An import confirmed from two tabs at once (two forms) is stored once; the other tab is told so. */
    @Test
    void anImportConfirmedFromSeveralTabsAtOnceIsStoredOnce() throws Exception {
        String officer = fixture.officer();
        String name = "Tổ nhập hai thẻ " + fixture.unique();
        long batch = Fixture.id(fixture.sendFile(officer, "/imports", Action.fields("kind", "models"),
                RegistryCases.modelsFile(name)));
        WebSession session = fixture.session(officer);

        String shown = WebSession.hiddenValues(session.get("/imports/" + batch).body(), "shownSet").get(0);
        List<HttpResponse<String>> responses = atOnce(N, () -> session.post("/imports/" + batch + "/confirm",
                Map.of(FormTokens.FIELD, tokens.issue(officer), "shownSet", shown)));

        assertThat(jdbc.queryForObject("select count(*) from self_managed_model where name = ?", Integer.class, name))
                .isEqualTo(1);
        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(302, 409).containsOnlyOnce(302);
        assertThat(responses.stream().filter(response -> response.statusCode() == 409))
                .allMatch(response -> HtmlUtils.htmlUnescape(response.body()).contains("dữ liệu chỉ được nhập một lần"));
    }

    /** Two drafts issued at the same moment under one number: one decision gets it, the other is told why not. */
    @Test
    void twoDecisionsIssuedAtOnceUnderOneNumberGiveItToOne() throws Exception {
        Case issue = cases().get("POST /decisions/{id}/issue");
        List<Action> actions = List.of(issue.build(fixture), issue.build(fixture));
        String number = fixture.digits() + "/QĐ-UBND";
        WebSession steering = fixture.session("bcd");
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

        List<HttpResponse<String>> responses = atOnce(2, () -> {
            Action action = actions.get(next.getAndIncrement());
            Map<String, String> form = new LinkedHashMap<>(action.fields());
            form.put("number", number);
            form.put(FormTokens.FIELD, tokens.issue("bcd"));
            return steering.post(action.path(), form);
        });

        assertThat(jdbc.queryForObject("select count(*) from recognition_decision where number = ?", Integer.class,
                number)).isEqualTo(1);
        assertThat(responses).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(302, 409);
        assertThat(responses.stream().filter(response -> response.statusCode() == 409)).allMatch(response ->
                HtmlUtils.htmlUnescape(response.body()).contains("Số quyết định này đã được cơ quan ban hành dùng"));
    }

    /** The roster's additions and the year's dossiers, asked for from several tabs at once: each made once. */
    @Test
    void rosterAdditionsAndDossiersAskedForFromSeveralTabsAtOnceAreMadeOnce() throws Exception {
        long organization = RegistryCases.newOrganization(fixture);
        WebSession steering = fixture.session("bcd");
        String year = String.valueOf(Fixture.YEAR);

        List<HttpResponse<String>> added = atOnce(N, () -> steering.post("/years/" + year + "/roster/add-active",
                Map.of("basis", "Quyết định số 5/QĐ-BCĐ", FormTokens.FIELD, tokens.issue("bcd"))));
        assertThat(added).extracting(HttpResponse::statusCode).containsOnly(302);
        assertThat(jdbc.queryForObject("select count(*) from roster_entry r join evaluation_year y on y.id = r.year_id "
                + "where y.year = ? and r.organization_id = ?", Integer.class, Fixture.YEAR, organization)).isEqualTo(1);

        String subjects = WebSession.hiddenValues(steering.get("/dossiers?year=" + year).body(), "subjects").get(0);
        List<HttpResponse<String>> created = atOnce(N, () -> steering.post("/dossiers/create-all",
                Map.of("year", year, "subjects", subjects, FormTokens.FIELD, tokens.issue("bcd"))));
        assertThat(jdbc.queryForObject("select count(*) from dossier d join evaluation_year y on y.id = d.year_id "
                + "where y.year = ? and d.organization_id = ?", Integer.class, Fixture.YEAR, organization)).isEqualTo(1);
        // a tab that runs after the first finished finds nothing left to create (302); one that overlaps it, 409
        assertThat(created).extracting(HttpResponse::statusCode).isSubsetOf(302, 409).contains(302);
        assertThat(created.stream().filter(response -> response.statusCode() == 409)).allMatch(response ->
                HtmlUtils.htmlUnescape(response.body()).contains("vừa được tạo trong một thao tác khác cùng lúc"));
    }

    private void happensOnce(String mapping, Action action) throws Exception {
        WebSession session = fixture.session(action.user());
        Map<String, String> form = new LinkedHashMap<>(action.fields());
        form.put(FormTokens.FIELD, tokens.issue(action.user()));
        long before = effect(action);
        long auditedBefore = auditLines.newest();

        List<HttpResponse<String>> responses = atOnce(N, () -> action.upload() == null
                ? session.post(action.path(), form)
                : session.postMultipart(action.path(), form, "file", action.upload()));

        assertThat(effect(action) - before).as(mapping + ": exactly one effect").isEqualTo(action.expected());
        for (HttpResponse<String> response : responses) {
            assertThat(response.statusCode()).as(mapping + " answers " + HtmlUtils.htmlUnescape(response.body()))
                    .isEqualTo(302);
        }
        assertThat(responses.stream().map(response -> response.headers().firstValue("Location").orElseThrow())
                .distinct()).as(mapping + ": every answer leads to the same page").hasSize(1);
        if (action.followable()) {
            // the others' notes are alike, and the session keeps one of a kind: the next page shows it once
            List<String> pages = responses.stream().map(session::follow).toList();
            assertThat(pages).as(mapping + ": the others are told it was done").anyMatch(page -> page.contains(DONE));
            assertThat(pages).as(mapping + ": no error page").noneMatch(page -> page.contains("Mã lỗi"));
        }
        requireReadableAudit(mapping, auditedBefore);
    }

    /**
     * Issue 12 §4: the action's one execution is in the audit log (unless it changes nothing of the registry), and
     * every line it wrote reads as the UI speaks: who, from where, what changed, never a raw code.
     */
    private void requireReadableAudit(String mapping, long auditedBefore) {
        List<Map<String, Object>> lines = auditLines.since(auditedBefore);
        if (!NOT_AUDITED.containsKey(mapping)) {
            assertThat(lines).as(mapping + ": recorded in the audit log").isNotEmpty();
        }
        for (Map<String, Object> line : lines) {
            assertThat(auditLines.problems(line)).as(mapping + ": " + line).isEmpty();
        }
    }

    private long effect(Action action) {
        Long count = jdbc.queryForObject(action.effectSql(), Long.class, action.effectArgs());
        return count == null ? 0 : count;
    }

    /** Sends {@code n} requests released together by a latch. */
    static <T> List<T> atOnce(int n, java.util.concurrent.Callable<T> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
        finally {
            pool.shutdownNow();
        }
    }
}
