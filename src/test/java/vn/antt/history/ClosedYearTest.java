package vn.antt.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.RefreshMode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import vn.antt.certification.EvaluationYear;
import vn.antt.certification.EvaluationYears;
import vn.antt.certification.CriteriaService;
import vn.antt.certification.DossierConflict;
import vn.antt.certification.DossierService;
import vn.antt.certification.Roster;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;
import vn.antt.infrastructure.problem.FieldProblem;
import vn.antt.organization.Organization;
import vn.antt.organization.OrganizationKind;
import vn.antt.organization.OrganizationService;
import vn.antt.selfmanaged.ModelAssessment;
import vn.antt.selfmanaged.ModelQuality;
import vn.antt.selfmanaged.ModelService;
import vn.antt.selfmanaged.ModelStatus;
import vn.antt.selfmanaged.ModelTypeService;
import vn.antt.selfmanaged.SelfManagedModel;
import vn.antt.support.Sessions;
import vn.antt.territory.ResidentialArea;
import vn.antt.territory.ResidentialAreaKind;
import vn.antt.territory.ResidentialAreaService;

/**
 * A closed year is history: everything printed or shown for it — the year-end report (page, PDF of the district and of
 * every commune, every Excel cell), the dashboard and commune pages, every dossier's page and self-scoring sheet, the
 * decisions and certificates, the streaks — reads the same after every kind of registry record has been changed in
 * every way the app allows. Checked for 2022 (closed before its figures were kept: kept at start-up) and for a year
 * closed by the steering committee in the test. Its own database, refreshed after the class: it rewrites the registry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "antt.demo-data=true")
@AutoConfigureEmbeddedDatabase(provider = DatabaseProvider.ZONKY, refresh = RefreshMode.AFTER_CLASS)
@AutoConfigureMockMvc
class ClosedYearTest {

    private static final int CLOSED = 2022;
    private static final int CLOSED_HERE = 2024;
    /** Communes whose own report PDF and khu dân cư certificates are read (PDFs are slow; the pages cover all). */
    private static final Set<String> SAMPLE_COMMUNES = Set.of("22567", "22603");
    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>|<meta name=\"_csrf[^>]*>");
    private static final Pattern NOW_LINE = Pattern.compile("<div class=\"antt-figure-now[^>]*>[^<]*</div>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EvaluationYears years;

    @Autowired
    DossierService dossiers;

    @Autowired
    ResidentialAreaService areas;

    @Autowired
    OrganizationService organizations;

    @Autowired
    ModelService models;

    @Autowired
    ModelTypeService modelTypes;

    @Autowired
    Roster roster;

    @Autowired
    CriteriaService criteria;

    @AfterEach
    void forget() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void whatIsShownForAClosedYearStaysAsItWasWhateverTheRegistryBecomes() throws Exception {
        closeAYearHere();
        MockHttpSession steering = Sessions.demo(mvc, "bcd");
        MockHttpSession officer = Sessions.demo(mvc, "ninhthuy");
        Map<String, String> before = record(steering, officer);
        assertThat(before.keySet().stream().filter(k -> k.startsWith("dossier ")).count()).isGreaterThan(200);

        int changed = changeEveryKindOfRegistryRecord();
        assertThat(changed).isGreaterThanOrEqualTo(20);

        Map<String, String> after = record(steering, officer);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        for (String key : before.keySet()) {
            assertThat(after.get(key)).as(key).isEqualTo(before.get(key));
        }
        // the registry did move: today's pages show it, and a live count of 2022 differs from the kept one
        String renamed = text(page("/organizations/" + renamedOrganization, steering));
        assertThat(renamed).contains("Đổi tên sau khi khóa sổ");
        assertThat(before.values().stream().noneMatch(text -> text.contains("Đổi tên sau khi khóa sổ"))).isTrue();
        assertThat(jdbc.queryForObject("""
                select count(*) from commune c join district t on t.id = c.district_id
                where t.code = '572' and f_valid_in_year(c.valid_from, c.valid_to, 2022)""", Long.class))
                .isEqualTo(28L);
        assertThat(before.get("report pdf " + CLOSED)).contains("Xã, phường được công nhận: 27/27");
        System.out.printf("Closed years %d and %d: %d records changed, %d pages and documents identical "
                + "(%d characters)%n", CLOSED, CLOSED_HERE, changed, before.size(),
                before.values().stream().mapToInt(String::length).sum());
    }

    private long renamedOrganization;

    /** The communes of each year as they were when it was recorded first (a commune added later has no page). */
    private final Map<Integer, List<String>> communesOf = new java.util.HashMap<>();

    private final List<Long> organizationsBefore = new java.util.ArrayList<>();

    /** Opens a year, makes its dossiers, sends and appraises one, and closes it as the steering committee does. */
    private void closeAYearHere() {
        CurrentUser bcd = user("bcd", Role.STEERING, null);
        EvaluationYear previous = years.get(CLOSED);
        // on the demo's set, TT 23/2012, replaced before 2024 began: the steering committee confirms it
        years.open(CLOSED_HERE, previous.getCriteriaSet().getId(), new EvaluationYear.Details(BigDecimal.valueOf(90),
                null, null, null, null), true, bcd);
        roster.copyFromPreviousYear(CLOSED_HERE, bcd);
        dossiers.createAll(CLOSED_HERE, dossiers.toCreate(CLOSED_HERE, bcd), bcd);
        years.close(CLOSED_HERE, bcd);
        assertThat(years.get(CLOSED_HERE).isOpen()).isFalse();
    }

    /** Every figure a closed year shows, by where it is shown. */
    private Map<String, String> record(MockHttpSession steering, MockHttpSession officer) throws Exception {
        Map<String, String> shown = new LinkedHashMap<>();
        for (int year : List.of(CLOSED, CLOSED_HERE)) {
            shown.put("report pdf " + year, pdf("/reports/year-end.pdf?year=" + year, steering));
            shown.put("report xlsx " + year, xlsx("/reports/year-end.xlsx?year=" + year, steering));
            shown.put("report page " + year, text(page("/reports/year-end?year=" + year, steering)));
            shown.put("dashboard " + year, part(page("/?year=" + year, steering), "year-figures"));
            shown.put("officer dashboard " + year, part(page("/?year=" + year, officer), "year-figures"));
            for (String code : communesOf.computeIfAbsent(year, y -> jdbc.queryForList("""
                    select c.code from commune c join district t on t.id = c.district_id
                    where t.code = '572' and f_valid_in_year(c.valid_from, c.valid_to, ?) order by c.code""",
                    String.class, y))) {
                if (SAMPLE_COMMUNES.contains(code)) {
                    shown.put("commune report " + year + " " + code,
                            pdf("/reports/year-end.pdf?year=" + year + "&commune=" + code, steering));
                }
                shown.put("commune page " + year + " " + code,
                        part(page("/communes/" + code + "?year=" + year, steering), "year-figures"));
            }
            for (Map<String, Object> dossier : jdbc.queryForList("""
                    select d.id, d.subject_kind, d.state, l.code from dossier d
                    join evaluation_year y on y.id = d.year_id join commune l on l.id = d.located_commune_id
                    where y.year = ? order by d.id""", year)) {
                long id = ((Number) dossier.get("id")).longValue();
                shown.put("dossier " + id, part(page("/dossiers/" + id, steering), "criteria"));
                if (!"RESIDENTIAL_AREA".equals(dossier.get("subject_kind"))) {
                    shown.put("self-scoring " + id, text(page("/dossiers/" + id + "/self-scoring", steering)));
                }
                if ("RECOGNIZED".equals(dossier.get("state")) && (!"RESIDENTIAL_AREA".equals(dossier.get("subject_kind"))
                        || SAMPLE_COMMUNES.contains((String) dossier.get("code")))) {
                    shown.put("certificate " + id, pdf("/dossiers/" + id + "/certificate.pdf", steering));
                }
            }
            for (Long decision : jdbc.queryForList("""
                    select r.id from recognition_decision r join dossier d on d.decision_id = r.id
                    join evaluation_year y on y.id = d.year_id where y.year = ? group by r.id order by r.id""",
                    Long.class, year)) {
                shown.put("decision " + decision, pdf("/decisions/" + decision + ".pdf", steering));
                shown.put("certificates " + decision, pdf("/decisions/" + decision + "/certificates.pdf", steering));
            }
        }
        if (organizationsBefore.isEmpty()) {
            organizationsBefore.addAll(jdbc.queryForList("select id from organization order by id", Long.class));
        }
        for (Long organization : organizationsBefore) {
            shown.put("streak " + organization, streak(text(page("/organizations/" + organization, steering))));
        }
        return shown;
    }

    /**
     * Changes khu dân cư, organizations, models, model types, communes, rosters and criteria in every way the app
     * allows, with and without dates; a date inside a closed year is refused. Returns how many records changed.
     */
    private int changeEveryKindOfRegistryRecord() {
        long ninhThuy = jdbc.queryForObject("select id from commune where code = '22567'", Long.class);
        CurrentUser officer = user("ninhthuy", Role.COMMUNE_OFFICER, ninhThuy);
        CurrentUser admin = user("admin", Role.ADMIN, null);
        CurrentUser bcd = user("bcd", Role.STEERING, null);
        int changed = 0;

        // khu dân cư: created without a date (from today) and with one; one inside a closed year is refused
        areas.create(ninhThuy, new ResidentialArea.Details("Tổ dân phố mới không ghi ngày", ResidentialAreaKind.TO_DAN_PHO, 120, null, null,
                null, null), officer);
        areas.create(ninhThuy, new ResidentialArea.Details("Tổ dân phố mới có ngày", ResidentialAreaKind.TO_DAN_PHO, 80, null, null,
                LocalDate.now().minusDays(3), null), officer);
        changed += 2;
        assertRefused(() -> areas.create(ninhThuy, new ResidentialArea.Details("Tổ dân phố ghi lùi", ResidentialAreaKind.TO_DAN_PHO, 10, null,
                null, LocalDate.of(2022, 6, 1), null), officer), "validFrom");
        List<Long> ninhThuyAreas = jdbc.queryForList("""
                select id from residential_area where commune_id = ? and valid_to is null
                  and name not like 'Tổ dân phố mới%' order by id""", Long.class, ninhThuy);
        ResidentialArea renamed = areas.open(ninhThuyAreas.get(0), officer);
        ResidentialArea.Details details = renamed.details();
        areas.update(renamed.getId(), renamed.getVersion(), new ResidentialArea.Details(details.name() + " (đổi tên)",
                details.kind(), 999, "Trưởng mới", details.headPhone(), null, details.note()), officer);
        changed++;
        ResidentialArea moved = areas.open(ninhThuyAreas.get(1), officer);
        assertRefused(() -> areas.update(moved.getId(), moved.getVersion(), moved.details()
                .withValidFrom(LocalDate.of(2021, 3, 1)), officer), "validFrom");
        ResidentialArea archived = areas.open(ninhThuyAreas.get(2), officer);
        assertRefused(() -> areas.archive(archived.getId(), archived.getVersion(), LocalDate.of(2022, 12, 1),
                officer), "lastDay");
        areas.archive(archived.getId(), archived.getVersion(), LocalDate.now(), officer);
        changed++;
        ResidentialArea archivedNow = areas.open(archived.getId(), officer);
        areas.restore(archivedNow.getId(), archivedNow.getVersion(), officer);
        changed++;
        ResidentialArea other = areas.open(ninhThuyAreas.get(3), officer);
        areas.archive(other.getId(), other.getVersion(), LocalDate.now(), officer);
        changed++;

        // organizations of the closed years' rosters: renamed, of another kind, archived and restored; a new one
        renamedOrganization = jdbc.queryForObject("""
                select o.id from organization o join roster_entry r on r.organization_id = o.id
                join evaluation_year y on y.id = r.year_id where y.year = 2022 and o.commune_id = ?
                order by o.id limit 1""", Long.class, ninhThuy);
        Organization organization = organizations.open(renamedOrganization, Scope.of(officer));
        Organization.Details o = organization.details();
        organizations.update(organization.getId(), organization.getVersion(), new Organization.Details(
                "Đổi tên sau khi khóa sổ", o.shortName(), o.kind() == OrganizationKind.AGENCY
                ? OrganizationKind.ENTERPRISE : OrganizationKind.AGENCY, o.subKind(), "Địa chỉ mới", o.commune(),
                o.taxCode(), o.headName(), o.headTitle(), o.headPhone(), o.staffCount(), o.guardForce(),
                o.guardCount(), o.hasProtectionRules(), o.protectionRulesDate(), o.hasPartyOrganization(),
                o.note()), officer);
        changed++;
        long archivedOrganization = jdbc.queryForObject("""
                select o.id from organization o join roster_entry r on r.organization_id = o.id
                join evaluation_year y on y.id = r.year_id where y.year = 2022 and o.commune_id = ?
                order by o.id offset 1 limit 1""", Long.class, ninhThuy);
        organizations.archive(archivedOrganization, organizations.open(archivedOrganization, Scope.of(officer)).getVersion(),
                officer);
        organizations.restore(archivedOrganization, organizations.open(archivedOrganization, Scope.of(officer)).getVersion(),
                officer);
        organizations.create(new Organization.Details("Doanh nghiệp mới sau khóa sổ", null,
                OrganizationKind.ENTERPRISE, null, null, o.commune(), null, null, null, null, null, null, null,
                false, null, false, null), officer);
        changed += 3;

        // models: created from today, one dated in a closed year refused; renamed, moved to another type, dissolved;
        // an assessment of a closed year refused
        SelfManagedModel model = models.open(jdbc.queryForObject("""
                select id from self_managed_model where commune_id = ? and dissolved_on is null
                  and founded_on < '2022-01-01' order by id limit 1""", Long.class, ninhThuy), Scope.of(officer));
        long otherType = jdbc.queryForObject("select id from model_type where id <> ? and retired = false "
                + "order by id limit 1", Long.class, model.getType().getId());
        models.create(input(model, "Mô hình mới sau khóa sổ", model.getType().getId(), LocalDate.now()), officer);
        changed++;
        assertRefused(() -> models.create(input(model, "Mô hình ghi lùi", model.getType().getId(),
                LocalDate.of(2022, 5, 1)), officer), "foundedOn");
        models.update(model.getId(), model.getVersion(), input(model, model.getName() + " (đổi tên)", otherType,
                model.getFoundedOn()), officer);
        changed++;
        assertRefused(() -> models.update(model.getId(), models.open(model.getId(), Scope.of(officer)).getVersion(),
                input(model, model.getName(), otherType, LocalDate.of(2023, 2, 1)), officer), "foundedOn");
        assertRefused(() -> models.assess(model.getId(), 2022, null, new ModelAssessment.Details(ModelQuality.WEAK, 0, 0,
                0, null), officer), "year");
        assertRefused(() -> models.changeStatus(model.getId(), models.open(model.getId(), Scope.of(officer)).getVersion(),
                ModelStatus.DISSOLVED, LocalDate.of(2022, 10, 1), "Giải thể", officer), "changedOn");
        models.changeStatus(model.getId(), models.open(model.getId(), Scope.of(officer)).getVersion(), ModelStatus.DISSOLVED,
                LocalDate.now(), "Giải thể", officer);
        changed++;

        // model types: every type renamed, one retired
        setUser(admin);
        for (Map<String, Object> type : jdbc.queryForList("select id, version, name from model_type order by id")) {
            modelTypes.update(((Number) type.get("id")).longValue(), ((Number) type.get("version")).longValue(),
                    type.get("name") + " (tên mới)", null);
            changed++;
        }
        modelTypes.setRetired(otherType, jdbc.queryForObject("select version from model_type where id = ?",
                Long.class, otherType), true);
        changed++;

        // communes: a commune's new name and a new commune of the district without dates (as an import brings them)
        changed += jdbc.update("update commune set name = 'Phường Ninh Thủy Mới' where code = '22567'");
        changed += jdbc.update("""
                insert into commune (code, name, kind, district_id)
                select '99999', 'Xã Mới Không Ngày', 'XA', id from district
                where code = '572'""");

        // rosters of closed years do not move; criteria texts are edited (a new version of the set)
        setUser(bcd);
        assertThatThrownBy(() -> roster.addActive(CLOSED, "Bổ sung sau khóa sổ", bcd))
                .isInstanceOf(DossierConflict.class).hasMessage("dossier.refused.yearClosed");
        setUser(admin);
        for (Map<String, Object> criterion : jdbc.queryForList("""
                select c.id, c.version from criterion c join evaluation_year y on y.criteria_set_id = c.set_id
                where y.year = 2022 order by c.id limit 3""")) {
            criteria.changeText(((Number) criterion.get("id")).longValue(),
                    ((Number) criterion.get("version")).longValue(), "Nội dung sửa sau khi khóa sổ");
            changed++;
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from criterion c join evaluation_year y on y.criteria_set_id = c.set_id
                where y.year = 2022 and c.text = 'Nội dung sửa sau khi khóa sổ'""", Long.class)).isZero();
        return changed;
    }

    private static ModelService.Input input(SelfManagedModel m, String name, long typeId, LocalDate foundedOn) {
        return new ModelService.Input(name, typeId, m.getCommune().getId(),
                m.getResidentialArea() == null ? null : m.getResidentialArea().getId(),
                m.getHostOrganization() == null ? null : m.getHostOrganization().getId(), foundedOn,
                m.getDecisionNumber(), m.getDecisionDate(), m.getDecisionIssuer(), m.getLeaderName(),
                m.getLeaderPhone(), m.getMembersCount(), m.getHostBody(), m.getDescription(), m.getFigure());
    }

    private static void assertRefused(Runnable change, String field) {
        assertThatThrownBy(change::run).isInstanceOf(FieldProblem.class)
                .satisfies(problem -> assertThat(((FieldProblem) problem).field()).isEqualTo(field));
    }

    private CurrentUser user(String username, Role role, Long communeId) {
        long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        CurrentUser user = new CurrentUser(id, username, null, username, Set.of(role), communeId, null, true, false,
                false);
        setUser(user);
        return user;
    }

    private static void setUser(CurrentUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** A page's HTML without what changes on every rendering (tokens) and without today's "hiện nay" lines. */
    private String page(String url, MockHttpSession session) throws Exception {
        String html = mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return NOW_LINE.matcher(HIDDEN.matcher(html).replaceAll("")).replaceAll("");
    }

    /** The text of the element with this id (the figures of a page; its registry lists are today's, by design). */
    private static String part(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("#" + id).isPositive();
        int open = html.lastIndexOf('<', start);
        String tag = html.substring(open + 1, html.indexOf(' ', open));
        int end = html.indexOf("</" + tag + ">", start);
        return text(html.substring(open, end));
    }

    private static String text(String html) {
        return TAG.matcher(html).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    private static String streak(String text) {
        Matcher matcher = Pattern.compile("[Đđ]ạt chuẩn \\d+ năm liên tục(?: \\(tính đến năm \\d+\\))?").matcher(text);
        StringBuilder streaks = new StringBuilder();
        while (matcher.find()) {
            streaks.append(matcher.group()).append('|');
        }
        return streaks.toString();
    }

    private String pdf(String url, MockHttpSession session) throws Exception {
        byte[] bytes = mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private String xlsx(String url, MockHttpSession session) throws Exception {
        byte[] bytes = mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        StringBuilder cells = new StringBuilder();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                cells.append("# ").append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.append(cell.getAddress()).append('=').append(format.formatCellValue(cell)).append('\n');
                    }
                }
            }
        }
        return cells.toString();
    }
}
