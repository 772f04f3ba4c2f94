package vn.antt.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;
import vn.antt.account.AccountService;
import vn.antt.certification.DecisionService;
import vn.antt.certification.DossierService;
import vn.antt.certification.KnownYears;
import vn.antt.infrastructure.once.AllowedRequests;
import vn.antt.infrastructure.web.once.FormTokens;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/**
 * Issue 12 §1: every handler mapping of the application, as every actor, against a declared policy ({@link Policy}).
 * A mapping added later without a policy line fails here; a refused state-changing request changes no row; a commune
 * officer's readable answers (HTML, PDF, Excel) name no record of another commune.
 */
@AnttIntegrationTest
class AuthorizationMatrixTest {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Autowired
    FormTokens tokens;

    @Autowired
    AccountService accounts;

    @Autowired
    DossierService dossiers;

    @Autowired
    DecisionService decisionService;

    @Autowired
    KnownYears knownYears;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final List<Long> decisions = new ArrayList<>();
    private final List<Long> imports = new ArrayList<>();
    private Ids ids;
    private long draft;

    @BeforeEach
    void records() throws Exception {
        // records of this test alone: two import batches, an issued decision of nobody's units, and a draft
        byte[] workbook = oneRow(mvc.perform(get("/imports/templates/organizations.xlsx")
                .session(Sessions.demo(mvc, "admin"))).andReturn().getResponse().getContentAsByteArray());
        long ownImport = importOf(Ids.OFFICER, workbook);
        long otherImport = importOf(Ids.OTHER_OFFICER, workbook);
        long otherDecision = decision("ISSUED", "MX" + System.nanoTime() % 1_000_000_000L + "/QĐ-UBND");
        draft = decision("DRAFT", null);
        ids = new Ids(jdbc, ownImport, otherImport, otherDecision);
    }

    @AfterEach
    void removeRecords() {
        decisions.forEach(id -> jdbc.update("delete from recognition_decision where id = ?", id));
        imports.forEach(id -> jdbc.update("delete from import_batch where id = ?", id));
    }

    @Test
    void everyMappingAnswersEveryActorAsDeclared() throws Exception {
        Set<String> registered = Matrix.registered(mappings);
        Set<String> stale = new TreeSet<>(Policy.TABLE.keySet());
        stale.removeAll(registered);
        assertThat(stale).as("policy lines of mappings that no longer exist").isEmpty();

        Matrix matrix = new Matrix(mvc, jdbc, ids);
        assertThat(matrix.foreignNames()).as("names the officer must not read").hasSizeGreaterThan(20);
        String before = matrix.digest();
        matrix.check(registered, Policy.TABLE);
        Set<String> covered = new TreeSet<>(Policy.TABLE.keySet());
        covered.retainAll(registered);
        System.out.printf("Authorization matrix: covered mappings = %d, registered mappings = %d, actors = %d, "
                + "requests = %d, allowed state changes (sent by everyAllowedStateChangeIsSentAndTakesEffect) = %d, "
                + "not sent = %d, names watched = %d%n", covered.size(), registered.size(), Actor.values().length,
                matrix.requests, matrix.allowedChanges, matrix.notSent, matrix.foreignNames().size());
        matrix.problems.forEach(problem -> System.out.println("  " + problem));
        assertThat(matrix.problems).as("answers that differ from the policy").isEmpty();
        assertThat(covered).as("covered mappings = registered mappings").isEqualTo(registered);
        assertThat(matrix.digest()).as("the whole matrix changed no row").isEqualTo(before);
    }

    /**
     * The state-changing requests a role may send (policy letter {@code a}) are sent too, each on records built for
     * it by the once-only cases: the answer is the allowed one and the database changed as the action should.
     */
    @Test
    void everyAllowedStateChangeIsSentAndTakesEffect() throws Exception {
        AllowedRequests allowed = new AllowedRequests(port, jdbc, tokens, accounts, dossiers, decisionService,
                knownYears);
        List<String> problems = new ArrayList<>();
        int declared = 0;
        int sent = 0;
        for (Map.Entry<String, String> line : Policy.TABLE.entrySet()) {
            for (Actor actor : Actor.LOGGED_IN) {
                if (line.getValue().charAt(Actor.LOGGED_IN.indexOf(actor)) != 'a') {
                    continue;
                }
                declared++;
                AllowedRequests.Sent answer;
                try {
                    answer = allowed.send(line.getKey(), actor.sender());
                }
                catch (Exception | AssertionError failed) {
                    problems.add(line.getKey() + " as " + actor + ": could not be built or sent: " + failed);
                    continue;
                }
                sent++;
                String where = line.getKey() + " as " + actor + " (" + answer.user() + " POST " + answer.path() + ")";
                if (!answer.allowed()) {
                    problems.add(where + ": expected allowed, got " + answer.status() + " " + answer.location());
                }
                else if (!answer.tookEffect()) {
                    problems.add(where + ": answered " + answer.status() + " " + answer.location() + " but its effect "
                            + "moved by " + answer.effect() + " instead of " + answer.expected());
                }
            }
        }
        System.out.printf("Authorization matrix: allowed state-changing cases declared = %d, sent = %d, "
                + "problems = %d%n", declared, sent, problems.size());
        problems.forEach(problem -> System.out.println("  " + problem));
        assertThat(problems).as("allowed requests that were refused or changed nothing").isEmpty();
        assertThat(sent).as("every allowed state change sent").isEqualTo(declared).isGreaterThan(50);
    }

    @Test
    void draftsAreNotShownToCommuneOfficers() throws Exception {
        var officer = Sessions.demo(mvc, Ids.OFFICER);
        assertThat(mvc.perform(get("/decisions/" + draft).session(officer)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        for (String path : List.of("/print", ".pdf")) {
            assertThat(mvc.perform(get("/decisions/" + draft + path).session(officer)).andReturn().getResponse()
                    .getStatus()).as(path).isEqualTo(404);
        }
        String list = mvc.perform(get("/decisions").param("year", String.valueOf(Ids.YEAR)).session(officer))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("/decisions/" + draft + "\"");
        var steering = Sessions.demo(mvc, "bcd");
        assertThat(mvc.perform(get("/decisions/" + draft).session(steering)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void anIssuedDecisionShowsAnOfficerOnlyTheirCommunesUnits() throws Exception {
        long decision = jdbc.queryForObject("""
                select r.id from recognition_decision r where r.state = 'ISSUED'
                and exists (select 1 from dossier d where d.decision_id = r.id and d.organization_id is not null
                            and ? in (d.acting_commune_id, d.located_commune_id))
                and exists (select 1 from dossier d join organization o on o.id = d.organization_id
                            where d.decision_id = r.id and ? not in (d.acting_commune_id, d.located_commune_id))
                order by r.id limit 1""", Long.class, ids.ownCommune, ids.ownCommune);
        List<String> others = jdbc.queryForList("""
                select o.name from dossier d join organization o on o.id = d.organization_id
                where d.decision_id = ? and ? not in (d.acting_commune_id, d.located_commune_id)""", String.class,
                decision, ids.ownCommune);
        List<String> mine = jdbc.queryForList("""
                select o.name from dossier d join organization o on o.id = d.organization_id
                where d.decision_id = ? and ? in (d.acting_commune_id, d.located_commune_id)""", String.class,
                decision, ids.ownCommune);
        String steering = HtmlUtils.htmlUnescape(mvc.perform(get("/decisions/" + decision)
                .session(Sessions.demo(mvc, "bcd"))).andReturn().getResponse().getContentAsString());
        assertThat(steering).contains(others.get(0));
        var officer = Sessions.demo(mvc, Ids.OFFICER);
        for (String path : List.of("", "/print", ".pdf", "/certificates.pdf")) {
            var response = mvc.perform(get("/decisions/" + decision + path).session(officer)).andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            String text = Answers.text(response);
            assertThat(others).as(path).noneMatch(text::contains);
            if (!path.equals("/certificates.pdf")) {
                assertThat(text).as(path).contains(mine.get(0));
            }
        }
    }

    /**
     * The matrix bites: a test-only mapping that answers another commune's records without any scope is caught as
     * missing from the policy, and once declared, by its status and by its content.
     */
    @Test
    void anUnprotectedMappingFailsTheMatrix() throws Exception {
        Method method = Unprotected.class.getMethod("organization", long.class);
        RequestMappingInfo info = RequestMappingInfo.paths("/matrix-probe/{id}").methods(RequestMethod.GET)
                .options(mappings.getBuilderConfiguration()).build();
        mappings.registerMapping(info, new Unprotected(jdbc), method);
        try {
            Set<String> probe = Set.of("GET /matrix-probe/{id}");
            assertThat(Matrix.registered(mappings)).containsAll(probe);

            Matrix undeclared = new Matrix(mvc, jdbc, ids);
            undeclared.check(probe, Policy.TABLE);
            assertThat(undeclared.problems).containsExactly("GET /matrix-probe/{id}: not in the policy table");

            Map<String, String> policy = new LinkedHashMap<>(Policy.TABLE);
            policy.put("GET /matrix-probe/{id}", "AAAAN");
            Matrix declared = new Matrix(mvc, jdbc, ids);
            declared.check(probe, policy);
            assertThat(declared.problems).anySatisfy(problem -> assertThat(problem)
                    .contains("as OFFICER_OTHER", "expected N, got 200"));
            assertThat(declared.problems).anySatisfy(problem -> assertThat(problem)
                    .contains("as OFFICER_OTHER", "shows another commune's"));
        }
        finally {
            mappings.unregisterMapping(info);
        }
        assertThat(Matrix.registered(mappings)).doesNotContain("GET /matrix-probe/{id}");
    }

    /** A handler as a careless change could add one: reads an organization by id and names it, without scope. */
    public static final class Unprotected {

        private final JdbcTemplate jdbc;

        Unprotected(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        public ResponseEntity<String> organization(@PathVariable("id") long id) {
            return ResponseEntity.ok().header("Content-Type", "text/html;charset=UTF-8")
                    .body("<p>" + jdbc.queryForObject("select name from organization where id = ?", String.class, id)
                            + "</p>");
        }
    }

    /** The import template with one row under its header, every cell the same text. */
    private static byte[] oneRow(byte[] template) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(workbook.getFirstVisibleTab());
            Row header = sheet.getRow(sheet.getFirstRowNum());
            Row row = sheet.createRow(header.getRowNum() + 1);
            header.forEach(cell -> row.createCell(cell.getColumnIndex()).setCellValue("Cơ quan thử ma trận"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private long importOf(String username, byte[] workbook) {
        long id = jdbc.queryForObject("""
                insert into import_batch (kind, file_name, content, uploaded_by) values ('organizations', ?, ?, ?)
                returning id""", Long.class, "ma-tran-" + username + ".xlsx", workbook, username);
        imports.add(id);
        return id;
    }

    private long decision(String state, String number) {
        long id = jdbc.queryForObject("""
                insert into recognition_decision (year_id, issuing_body_id, number, signed_on, signer_name,
                    signer_title, proposal, state, created_by, updated_by)
                select y.id, b.id, ?, case when ?::text is null then null else date '2023-12-20' end, 'Nguyễn Văn Ma Trận',
                    'CHỦ TỊCH', 'Tờ trình thử ma trận', ?, 'bcd', 'bcd'
                from evaluation_year y, issuing_body b where y.year = ? and b.code = 'UBND_TX' returning id""",
                Long.class, number, number, state, Ids.YEAR);
        decisions.add(id);
        return id;
    }
}
