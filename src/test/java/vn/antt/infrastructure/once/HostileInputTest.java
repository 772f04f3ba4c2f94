package vn.antt.infrastructure.once;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;
import vn.antt.account.AccountService;
import vn.antt.certification.DecisionService;
import vn.antt.certification.DossierService;
import vn.antt.certification.KnownYears;
import vn.antt.infrastructure.web.once.FormTokens;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.WebSession;

/**
 * Issue 12 §2: every form of the application (every state-changing mapping; its fields are those its page renders,
 * read from the page as the acting user sees it, with those of the valid request of the once-only table), each field
 * with each hostile payload. No answer is a server error; a refused value gets
 * the form again with a message of its own (never the generic conflict page or a bare 400); nothing is stored when
 * refused; whatever is stored or shown again is escaped.
 */
@AnttIntegrationTest
class HostileInputTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    /** The generic conflict text: right for a state problem, wrong for an input problem. */
    static final String GENERIC = "không thực hiện được ở trạng thái hiện tại";
    /** The bare 4xx page's text. */
    static final String BARE_4XX = "Địa chỉ hoặc dữ liệu gửi lên không hợp lệ";
    /**
     * The hidden system fields: a tampered one means the page is stale, and may be answered with the stale-edit
     * message or the application's error page. Every other field must get the form again with a field message.
     */
    static final Set<String> HIDDEN = Set.of("version", "shownSet", "subjects", "set");
    /** Every page of the application's layout starts with it. */
    static final String SKIP_LINK = "Chuyển đến nội dung chính";
    static final Set<String> CONTROL_PAYLOADS = Set.of("NUL", "U+202E", "U+FFFE");
    static final Pattern NUMBER = Pattern.compile("-?\\d+");
    static final Pattern DATE = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");
    static final Pattern CODE = Pattern.compile("[A-Z0-9_]+");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KnownYears knownYears;

    @Autowired
    FormTokens tokens;

    @Autowired
    AccountService accounts;

    @Autowired
    DossierService dossiers;

    @Autowired
    DecisionService decisions;

    Fixture fixture;
    final java.util.concurrent.atomic.AtomicInteger ran = new java.util.concurrent.atomic.AtomicInteger();
    final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    final java.util.concurrent.atomic.AtomicInteger formsRead = new java.util.concurrent.atomic.AtomicInteger();
    /** What each rendered form offers for its chosen fields, by "mapping field". */
    final Map<String, Set<String>> choices = new java.util.concurrent.ConcurrentHashMap<>();
    final java.util.concurrent.atomic.AtomicInteger fieldsRendered = new java.util.concurrent.atomic.AtomicInteger();

    /** Each payload by name. */
    Map<String, String> payloads() {
        Map<String, String> payloads = new LinkedHashMap<>();
        payloads.put("empty", "");
        payloads.put("spaces", "   ");
        payloads.put("10000 chars", "x".repeat(10_000));
        // just over the bound most fields state (255); the long texts' 4,000 fall to the 10,000 above
        payloads.put("256 chars", "x".repeat(256));
        payloads.put("script", SCRIPT);
        payloads.put("sql", "' OR 1=1 --");
        payloads.put("path", "../../x");
        payloads.put("NUL", "a\u0000b");
        payloads.put("U+202E", "a\u202Eb");
        payloads.put("U+FFFE", "a\uFFFEb");
        payloads.put("NFD", Normalizer.normalize("Nguyễn Thị Ánh Đào", Normalizer.Form.NFD));
        payloads.put("31/02/2023", "31/02/2023");
        payloads.put("01/01/1800", "01/01/1800");
        payloads.put("01/01/2099", "01/01/2099");
        payloads.put("negative", "-1");
        payloads.put("huge", "99999999999999999999");
        payloads.put("malformed number", "12,5abc");
        payloads.put("unknown code", "KHONG_CO_MA_NAY");
        payloads.put("other commune", String.valueOf(fixture.communeId("22543")));
        return payloads;
    }

    @Test
    void everyFieldOfEveryFormWithEveryHostilePayload() throws Exception {
        fixture = new Fixture(port, jdbc, tokens, accounts);
        CertificationCases.openOwnYear(fixture, dossiers);

        Map<String, Case> cases = new LinkedHashMap<>(RegistryCases.all());
        cases.putAll(CertificationCases.all(dossiers, decisions));
        // the once-only table's free years (2014, 2015) are its own: here a year already open, so nothing is opened
        cases.put("POST /years", f -> Action.of("bcd", "/years", CertificationCases.year(f, Fixture.YEAR))
                .counting("select count(*) from evaluation_year where year = ?", Fixture.YEAR));
        // the once-only table closes the year before its own, which another test may have closed already (its page
        // then offers no close form): here a spare year is opened, its close form read and attacked (it has no field
        // but the token, so nothing closes it), and the year removed afterwards
        List<Integer> spareYears = new ArrayList<>();
        cases.put("POST /years/{year}/close", f -> {
            int spare = java.util.stream.Stream.of(2014, 2015, 2024).filter(y -> f.jdbc.queryForObject(
                    "select count(*) from evaluation_year where year = ?", Integer.class, y) == 0)
                    .findFirst().orElseThrow(() -> new IllegalStateException("no spare evaluation year"));
            spareYears.add(spare);
            f.send("bcd", "/years", CertificationCases.year(f, spare));
            return Action.of("bcd", "/years/" + spare + "/close", new LinkedHashMap<>()).audited("YEAR_CLOSED");
        });
        try {
            attackAll(cases);
        }
        finally {
            for (int year : spareYears) {
                jdbc.update("delete from year_figures where year_id in (select id from evaluation_year where year = ?)",
                        year);
                jdbc.update("delete from evaluation_year where year = ?", year);
            }
            // deleted by SQL, behind the app's back: the years it keeps in memory are told
            knownYears.forget();
        }
    }

    private void attackAll(Map<String, Case> cases) throws Exception {
        Map<String, String> payloads = payloads();
        long started = System.nanoTime();

        // one valid request per form, built one after another; forms whose effect is counted alike (one audit
        // action) run one after another, the rest side by side
        Map<String, List<Runnable>> groups = new LinkedHashMap<>();
        for (Map.Entry<String, Case> entry : cases.entrySet()) {
            Action action = entry.getValue().build(fixture);
            // forms of one area share records and audit actions: one after another
            String path = entry.getKey().substring("POST /".length());
            // (the catalogue of who commends is audited as a commendation change)
            String group = path.startsWith("admin/commendation-issuers") ? "commendations"
                    : path.replaceFirst("/.*", "");
            groups.computeIfAbsent(group,
                    key -> new ArrayList<>()).add(() -> attack(entry.getKey(), entry.getValue(), action, payloads));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> running = new ArrayList<>();
            groups.values().forEach(group -> running.add(pool.submit(() -> group.forEach(Runnable::run))));
            for (java.util.concurrent.Future<?> future : running) {
                future.get();
            }
        }
        finally {
            pool.shutdownNow();
        }

        System.out.printf("Hostile input: %d (form, field, payload) cases over %d forms (%d read from their pages, "
                        + "%d rendered fields) in %d s, %d failures%n", ran.get(), cases.size(), formsRead.get(),
                fieldsRendered.get(), (System.nanoTime() - started) / 1_000_000_000L, failures.size());
        failures.stream().limit(3000).forEach(System.out::println);
        assertThat(ran.get()).isGreaterThanOrEqualTo(1000);
        assertThat(failures).isEmpty();
    }

    /**
     * Every field of one form with every payload; a stored case gets a fresh record for the next one. The fields are
     * those the form's page renders (as the acting user sees it) together with those of the valid request.
     */
    private void attack(String mapping, Case valid, Action first, Map<String, String> payloads) {
        // the certification's cases use up dossiers of the test's year: built once, their state may move
        boolean rebuildable = !mapping.matches("POST /(dossiers|decisions|years).*");
        Action action = first;
        boolean stateMoved = false;
        Set<String> names = new java.util.LinkedHashSet<>(action.fields().keySet());
        Set<String> rendered = renderedFields(mapping, action);
        names.addAll(rendered);
        // of the per-criterion fields (criterion_7, met_7, ...), those of one criterion stand for the rest
        Set<String> criteria = new java.util.HashSet<>();
        List<String> fieldNames = names.stream()
                .filter(name -> !name.matches(".*_\\d+") || criteria.add(name.replaceAll("\\d+$", "")))
                .map(name -> name.equals("file") ? "file name" : name)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        if (action.upload() != null && !fieldNames.contains("file name")) {
            fieldNames.add("file name");
        }
        formsRead.incrementAndGet();
        fieldsRendered.addAndGet(rendered.size());
        for (String field : fieldNames) {
            for (Map.Entry<String, String> payload : payloads.entrySet()) {
                boolean stored = run(mapping, action, field, payload.getKey(), payload.getValue(), stateMoved);
                if (stored && rebuildable) {
                    action = rebuild(valid);
                }
                stateMoved |= stored && !rebuildable;
            }
        }
    }

    /**
     * The names of the fields of every form posting to the action's path, on the first page that renders one: the
     * action's own address, then each address above it, each also with the test's year or the criteria set chosen.
     * A mapping whose form no page renders is a failure: its fields could not be known.
     */
    private Set<String> renderedFields(String mapping, Action action) {
        String path = action.path().replaceFirst("\\?.*$", "");
        List<String> pages = new ArrayList<>();
        for (String page = path; !page.isEmpty(); page = page.substring(0, page.lastIndexOf('/'))) {
            pages.add(page);
            pages.add(page + "?year=" + Fixture.YEAR);
            if (action.fields().containsKey("set")) {
                pages.add(page + "?set=" + action.fields().get("set"));
            }
        }
        // a row of a long list (users, the roster): its list's pages, as long as the application allows
        for (int number = 0; number < 5; number++) {
            pages.add(path.replaceFirst("/\\d+(/[a-z-]+)?$", "") + "?size=200&page=" + number);
        }
        WebSession session = fixture.session(action.user());
        for (String page : pages) {
            HttpResponse<String> response = session.get(page);
            if (response.statusCode() != 200) {
                continue;
            }
            Set<String> names = new java.util.LinkedHashSet<>();
            for (Element form : Jsoup.parse(response.body()).select("form[method=post]")) {
                if (form.attr("action").replaceFirst("\\?.*$", "").equals(path)) {
                    form.select("input[name], select[name], textarea[name], button[name]").eachAttr("name")
                            .forEach(names::add);
                    form.select("select[name]").forEach(select -> offered(mapping, select.attr("name"))
                            .addAll(select.select("option").eachAttr("value")));
                    form.select("input[type=radio][name], input[type=checkbox][name], button[name]")
                            .forEach(choice -> offered(mapping, choice.attr("name")).add(choice.attr("value")));
                }
            }
            names.removeAll(Set.of("_csrf", FormTokens.FIELD));
            if (!names.isEmpty() || Jsoup.parse(response.body()).select("form[method=post]").stream()
                    .anyMatch(form -> form.attr("action").replaceFirst("\\?.*$", "").equals(path))) {
                return names;
            }
        }
        failures.add(mapping + ": no page renders its form (tried " + pages + ")");
        return Set.of();
    }

    /** The values the rendered form offers for a field chosen, not typed (a select, radio, check box, button). */
    private Set<String> offered(String mapping, String field) {
        return choices.computeIfAbsent(mapping + " " + field,
                key -> java.util.concurrent.ConcurrentHashMap.newKeySet());
    }

    private Action rebuild(Case valid) {
        synchronized (fixture) {
            try {
                return valid.build(fixture);
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        }
    }

    /** Sends one case; true when the application stored it. */
    private boolean run(String mapping, Action action, String field, String payloadName, String payload,
                        boolean stateMoved) {
        ran.incrementAndGet();
        String valid = field.equals("file name") ? null : action.fields().get(field);
        Map<String, String> form = new LinkedHashMap<>(action.fields());
        WebSession.Upload upload = action.upload();
        if (field.equals("file name")) {
            upload = new WebSession.Upload(payload.replace("\"", "") + ".xlsx", upload.contentType(), upload.content());
        }
        else {
            form.put(field, payload);
        }
        form.put(FormTokens.FIELD, tokens.issue(action.user()));
        String label = mapping + " [" + field + " = " + payloadName + "]";
        long before = effect(action);
        WebSession session = fixture.session(action.user());
        HttpResponse<String> response;
        try {
            response = upload == null ? session.post(action.path(), form)
                    : session.postMultipart(action.path(), form, "file", upload);
        }
        catch (RuntimeException ex) {
            failures.add(label + ": no answer (" + ex + ")");
            return false;
        }
        int status = response.statusCode();
        String body = response.body();
        if (status >= 500) {
            failures.add(label + ": " + status);
            return false;
        }
        if (body.contains(SCRIPT)) {
            failures.add(label + ": raw script in the answer");
        }
        boolean stored = status == 302 && effect(action) != before;
        if (status == 302) {
            String next = session.get(location(response)).body();
            if (next.contains(SCRIPT)) {
                failures.add(label + ": raw script on the page shown next");
            }
            if (stored && CONTROL_PAYLOADS.contains(payloadName) && freeText(valid)) {
                failures.add(label + ": stored a control, bidi or non-character");
            }
            Set<String> offered = choices.get(mapping + " " + field);
            if (stored && offered != null && !payload.isBlank() && !offered.contains(payload)) {
                failures.add(label + ": stored a value its form does not offer " + offered);
            }
            if (!stored && HtmlUtils.htmlUnescape(next).contains(GENERIC)) {
                failures.add(label + ": led to the generic conflict text");
            }
            return stored;
        }
        if (effect(action) != before) {
            failures.add(label + ": refused (" + status + ") but stored");
        }
        String text = HtmlUtils.htmlUnescape(body);
        boolean tampered = HIDDEN.contains(field);
        if (tampered && status != 200 && !text.contains("Mã lỗi") && !text.contains(SKIP_LINK)) {
            failures.add(label + ": " + status + " without the application's error page " + excerpt(text));
        }
        if (!stateMoved && !tampered) {
            if (text.contains(GENERIC)) {
                failures.add(label + ": generic conflict text (" + status + ")");
            }
            else if (status != 200 && status != 422) {
                failures.add(label + ": bare " + status + " page" + (text.contains(BARE_4XX) ? "" : " " + excerpt(text)));
            }
        }
        return false;
    }

    private static String location(HttpResponse<String> redirect) {
        return redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private static boolean freeText(String valid) {
        return valid != null && !NUMBER.matcher(valid).matches() && !DATE.matcher(valid).matches()
                && !CODE.matcher(valid).matches() && !valid.equals("true") && !valid.equals("false");
    }

    private static String excerpt(String page) {
        String text = page.replaceAll("(?s)<head>.*?</head>", "").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        return text.substring(0, Math.min(200, text.length()));
    }

    private long effect(Action action) {
        Long count = jdbc.queryForObject(action.effectSql(), Long.class, action.effectArgs());
        return count == null ? 0 : count;
    }
}
