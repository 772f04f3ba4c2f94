package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.antt.support.OnceTokens.once;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import vn.antt.account.AccountService;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.problem.NotFoundException;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/** The year's roster: who manages each organization, and what that means for its dossier. */
@AnttIntegrationTest
class RosterTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DossierService dossiers;

    @Autowired
    AccountService accounts;

    @Test
    void theSteeringCommitteeSeesTheWholeRosterAndAnOfficerTheOrganizationsTheirCommuneManages() throws Exception {
        int town = count("""
                select count(*) from roster_entry r join evaluation_year y on y.id = r.year_id
                where y.year = 2023 and r.managing_commune_id is null""");
        String page = html(mvc.perform(get("/years/2023/roster").session(Sessions.demo(mvc, "bcd")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Cơ quan, doanh nghiệp, nhà trường tham gia phong trào năm 2023",
                "Công an thị xã quản lý " + town + ",", "Sao chép từ năm 2022");

        List<String> managedByNinhThuy = jdbc.queryForList("""
                select o.name from roster_entry r join evaluation_year y on y.id = r.year_id
                join organization o on o.id = r.organization_id join commune m on m.id = r.managing_commune_id
                where y.year = 2023 and m.code = '22567'""", String.class);
        String elsewhere = jdbc.queryForObject("""
                select o.name from roster_entry r join evaluation_year y on y.id = r.year_id
                join organization o on o.id = r.organization_id join commune c on c.id = o.commune_id
                where y.year = 2023 and c.code = '22579' limit 1""", String.class);
        String own = html(mvc.perform(get("/years/2023/roster").session(Sessions.demo(mvc, "ninhthuy")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(managedByNinhThuy).isNotEmpty();
        assertThat(own).contains(managedByNinhThuy).doesNotContain(elsewhere, "Sao chép từ năm 2022")
                .contains("Tổng số: " + managedByNinhThuy.size());

        MvcResult started = mvc.perform(get("/years/2023/roster.xlsx?manager=TOWN").session(Sessions.demo(mvc, "bcd")))
                .andReturn();
        byte[] xlsx = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(town);
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Công an thị xã");
        }
    }

    @Test
    void aManagerChangesWhileTheDossierIsPreparedAndNotOnceItIsSent() throws Exception {
        MockHttpSession steering = Sessions.demo(mvc, "bcd");
        Map<String, Object> draft = jdbc.queryForMap("""
                select r.id, r.version, d.id as dossier from roster_entry r join evaluation_year y on y.id = r.year_id
                join dossier d on d.organization_id = r.organization_id and d.year_id = y.id
                where y.year = 2023 and d.state = 'DRAFT' and r.managing_commune_id is not null
                order by r.id limit 1""");
        mvc.perform(post("/years/2023/roster/{id}", draft.get("id")).session(Sessions.demo(mvc, "ninhthuy"))
                .with(once()).param("version", draft.get("version").toString()).param("manager", "TOWN"))
                .andExpect(status().isForbidden());
        MvcResult moved = mvc.perform(post("/years/2023/roster/{id}", draft.get("id")).session(steering).with(once())
                        .param("version", draft.get("version").toString()).param("manager", "TOWN")
                        .param("basis", "Quyết định số 30/QĐ-BCĐ ngày 01/04/2023"))
                .andExpect(status().isFound()).andReturn();
        assertThat(moved.getFlashMap().get("success")).isEqualTo("roster.assigned");
        long dossier = (Long) draft.get("dossier");
        assertThat(jdbc.queryForObject("select acting_commune_id from dossier where id = ?", Long.class, dossier))
                .as("the town police now prepare it").isNull();
        assertThat(dossiers.allowedActions(dossiers.open(dossier, accounts.loadUserByUsername("congan")),
                accounts.loadUserByUsername("congan"))).contains("EDIT", "SUBMIT");

        MvcResult stale = mvc.perform(post("/years/2023/roster/{id}", draft.get("id")).session(steering).with(once())
                .param("version", draft.get("version").toString()).param("manager", "TOWN")).andReturn();
        assertThat(stale.getFlashMap().get("failure")).isEqualTo("roster.stale");

        Map<String, Object> sent = jdbc.queryForMap("""
                select r.id, r.version, r.managing_commune_id from roster_entry r
                join evaluation_year y on y.id = r.year_id
                join dossier d on d.organization_id = r.organization_id and d.year_id = y.id
                where y.year = 2023 and d.state = 'SUBMITTED' order by r.id limit 1""");
        String refused = html(mvc.perform(post("/years/2023/roster/{id}", sent.get("id")).session(steering).with(once())
                        .param("version", sent.get("version").toString()).param("manager", "TOWN"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString());
        assertThat(refused).contains("đã được gửi đề nghị nên không đổi được đơn vị quản lý");
        assertThat(jdbc.queryForObject("select version from roster_entry where id = ?", Long.class, sent.get("id")))
                .isEqualTo(sent.get("version"));
        mvc.perform(post("/years/2023/roster/{id}/remove", sent.get("id")).session(steering).with(once())
                .param("version", sent.get("version").toString())).andExpect(status().isConflict());

        Map<String, Object> closed = jdbc.queryForMap("""
                select r.id, r.version from roster_entry r join evaluation_year y on y.id = r.year_id
                where y.year = 2022 order by r.id limit 1""");
        String frozen = html(mvc.perform(post("/years/2022/roster/{id}", closed.get("id")).session(steering)
                        .with(once()).param("version", closed.get("version").toString()).param("manager", "TOWN"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString());
        assertThat(frozen).contains("Năm xét đã kết thúc");
    }

    @Test
    void newOrganizationsJoinTheRosterAndATownManagedOneIsPreparedByThePoliceAndAppraisedByAnotherOfficer()
            throws Exception {
        CurrentUser police = accounts.loadUserByUsername("congan");
        CurrentUser otherPolice = accounts.loadUserByUsername("congan2");
        long organization = jdbc.queryForObject("""
                insert into organization (commune_id, name, kind, note) select id, 'Trường THPT Mẫu Roster', 'SCHOOL',
                'Dữ liệu kiểm thử' from commune where code = '22600' returning id""", Long.class);
        int missing = count("""
                select count(*) from organization o where o.archived_on is null and not exists (
                    select 1 from roster_entry r join evaluation_year y on y.id = r.year_id
                    where y.year = 2023 and r.organization_id = o.id)""");
        MockHttpSession steering = Sessions.demo(mvc, "bcd");
        MvcResult added = mvc.perform(post("/years/2023/roster/add-active").session(steering).with(once())
                .param("basis", "Quyết định số 31/QĐ-BCĐ")).andExpect(status().isFound()).andReturn();
        assertThat(added.getFlashMap().get("changedCount")).isEqualTo(missing);
        Map<String, Object> row = jdbc.queryForMap("""
                select r.id, r.version from roster_entry r join evaluation_year y on y.id = r.year_id
                where y.year = 2023 and r.organization_id = ?""", organization);
        mvc.perform(post("/years/2023/roster/{id}", row.get("id")).session(steering).with(once())
                .param("version", row.get("version").toString()).param("manager", "TOWN"))
                .andExpect(status().isFound());

        assertThat(dossiers.createAll(2023, dossiers.toCreate(2023, police), police))
                .as("the police create the town's organizations' dossiers")
                .isPositive();
        long dossier = jdbc.queryForObject("""
                select d.id from dossier d join evaluation_year y on y.id = d.year_id
                where y.year = 2023 and d.organization_id = ?""", Long.class, organization);
        assertThat(dossiers.assessments(dossier, police)).extracting(a -> a.getCriterion().getArticle())
                .as("the criteria of a school").containsOnly(8);
        assertThatThrownBy(() -> dossiers.open(dossier, accounts.loadUserByUsername("ninhthuy")))
                .isInstanceOf(NotFoundException.class);
        CurrentUser ninhLoc = accounts.loadUserByUsername("ninhloc");
        assertThat(dossiers.allowedActions(dossiers.open(dossier, ninhLoc), ninhLoc))
                .as("the commune where it is sees it, the town police act").isEmpty();

        Map<Long, DossierService.SelfAssessment> met = new HashMap<>();
        dossiers.assessments(dossier, police).forEach(a -> met.put(a.getCriterion().getId(),
                new DossierService.SelfAssessment(true, "Có kế hoạch")));
        dossiers.saveSelfAssessment(dossier, version(dossier), LocalDate.of(2023, 2, 1), null, met, police);
        for (AttachmentKind kind : AttachmentKind.requiredFor(SubjectKind.ORGANIZATION)) {
            dossiers.attach(dossier, kind, kind + ".pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), police);
        }
        dossiers.submit(dossier, version(dossier), police);

        Map<Long, DossierService.Finding> findings = new HashMap<>();
        dossiers.assessments(dossier, police).forEach(a -> findings.put(a.getCriterion().getId(),
                new DossierService.Finding(true, null)));
        assertThatThrownBy(() -> dossiers.appraise(dossier, version(dossier), findings, true, null, police))
                .as("four eyes").isInstanceOf(AccessDeniedException.class);
        dossiers.appraise(dossier, version(dossier), findings, true, "Đạt", otherPolice);
        assertThat(jdbc.queryForObject("select state from dossier where id = ?", String.class, dossier))
                .isEqualTo("APPRAISED");
        assertThat(jdbc.queryForObject("select count(*) from dossier_event where dossier_id = ?", Integer.class,
                dossier)).isEqualTo(2);
    }

    @Test
    void theMetricsOfCommunesAndOrganizationsAgreeWithTheRegistry() {
        CurrentUser steering = accounts.loadUserByUsername("bcd");
        long commune = jdbc.queryForObject("""
                select d.id from dossier d join commune c on c.id = d.commune_id join evaluation_year y on y.id = d.year_id
                where y.year = 2022 and c.code = '22579'""", Long.class);
        int subjects = count("""
                select (select count(*) from residential_area a join commune c on c.id = a.commune_id
                        where c.code = '22579')
                     + (select count(*) from roster_entry r join evaluation_year y on y.id = r.year_id
                        join commune c on c.id = r.managing_commune_id where y.year = 2022 and c.code = '22579')""");
        Dossier ninhPhuoc = dossiers.open(commune, steering);
        for (String rule : List.of("SUBJECTS_REGISTERED_PCT>=100", "SUBJECTS_RECOGNIZED_PCT>=70")) {
            Figure figure = dossiers.figure(ninhPhuoc, CriterionCheck.parse("COMPUTED:" + rule).rules().get(0));
            assertThat(figure.whole()).isEqualTo(subjects);
            assertThat(figure.part()).as("2022: every subject registered and recognised").isEqualTo(subjects);
        }

        Map<String, Object> host = jdbc.queryForMap("""
                select d.id, count(m.id) as models from dossier d join evaluation_year y on y.id = d.year_id
                join self_managed_model m on m.host_organization_id = d.organization_id
                where y.year = 2022 and m.founded_on <= date '2022-12-31'
                  and (m.dissolved_on is null or m.dissolved_on > date '2022-12-31')
                group by d.id order by d.id limit 1""");
        Figure models = dossiers.figure(dossiers.open((Long) host.get("id"), steering),
                CriterionCheck.parse("MANUAL+HINT:ORGANIZATION_MODELS>=1").rules().get(0));
        assertThat(models.part()).isEqualTo(((Number) host.get("models")).longValue()).isPositive();
    }

    private long version(long dossier) {
        return jdbc.queryForObject("select version from dossier where id = ?", Long.class, dossier);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    private static String html(String page) {
        return HtmlUtils.htmlUnescape(page);
    }
}
