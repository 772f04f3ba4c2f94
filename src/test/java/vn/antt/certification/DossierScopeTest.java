package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static vn.antt.support.OnceTokens.once;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.antt.account.AccountService;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/** Another commune's dossier is not found, its documents neither; two appraisers at once: one wins. */
@AnttIntegrationTest
class DossierScopeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DossierService dossiers;

    @Autowired
    AccountService accounts;

    long ninhThoArea;

    @BeforeEach
    void setUp() {
        CurrentUser bcd = accounts.loadUserByUsername("bcd");
        dossiers.createAll(2023, dossiers.toCreate(2023, bcd), bcd);
        ninhThoArea = jdbc.queryForObject("""
                select d.id from dossier d join residential_area a on a.id = d.residential_area_id
                join commune c on c.id = a.commune_id join evaluation_year y on y.id = d.year_id
                where c.code = '22546' and y.year = 2023 order by a.name desc limit 1""", Long.class);
    }

    @Test
    void anotherCommunesDossierAndItsDocumentsAreNotFoundAndNothingChanges() throws Exception {
        CurrentUser ninhTho = accounts.loadUserByUsername("ninhtho");
        dossiers.attach(ninhThoArea, AttachmentKind.BIEN_BAN, "biên bản họp.pdf",
                "%PDF-1.4 nội dung".getBytes(StandardCharsets.UTF_8), ninhTho);
        long attachment = jdbc.queryForObject("select id from dossier_attachment where dossier_id = ?", Long.class,
                ninhThoArea);
        Map<String, Object> before = jdbc.queryForMap("select * from dossier where id = ?", ninhThoArea);

        MockHttpSession ninhThuy = Sessions.demo(mvc, "ninhthuy");
        mvc.perform(get("/dossiers/{id}", ninhThoArea).session(ninhThuy)).andExpect(status().isNotFound());
        mvc.perform(get("/dossiers/{id}/attachments/{a}", ninhThoArea, attachment).session(ninhThuy))
                .andExpect(status().isNotFound());
        mvc.perform(post("/dossiers/{id}/self-assessment", ninhThoArea).session(ninhThuy).with(once())
                        .param("version", "0").param("send", "1"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/dossiers/{id}/attachments/{a}/delete", ninhThoArea, attachment).session(ninhThuy)
                        .with(once()))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/dossiers/{id}/attachments/{a}/replace", ninhThoArea, attachment)
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf",
                                "%PDF-1.4".getBytes(StandardCharsets.UTF_8)))
                        .session(ninhThuy).with(once()))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/dossiers/{id}/attachments", ninhThoArea).file(new MockMultipartFile("file", "x.pdf",
                        "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8))).param("kind", "OTHER")
                        .session(ninhThuy).with(once()))
                .andExpect(status().isNotFound());

        assertThat(jdbc.queryForMap("select * from dossier where id = ?", ninhThoArea)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from dossier_attachment where dossier_id = ?", Integer.class,
                ninhThoArea)).isEqualTo(1);

        mvc.perform(get("/dossiers/{id}/attachments/{a}", ninhThoArea, attachment)
                        .session(Sessions.demo(mvc, "ninhtho")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        containsString("filename*=UTF-8''bi%C3%AAn%20b%E1%BA%A3n%20h%E1%BB%8Dp.pdf")));
    }

    @Test
    void theExcelOfTheDossiersFollowsTheFilterAndTheScope() throws Exception {
        MvcResult started = mvc.perform(get("/dossiers.xlsx?year=2023&commune=22567&kind=COMMUNE")
                .session(Sessions.demo(mvc, "ninhtho"))).andReturn();
        byte[] xlsx = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Đối tượng");
            assertThat(sheet.getLastRowNum()).as("Ninh Thọ's officer gets only Ninh Thọ, whatever the filter")
                    .isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Xã Ninh Thọ");
        }
    }

    @Test
    void anExeRenamedPdfIsRefusedWithAMessage() throws Exception {
        String page = mvc.perform(multipart("/dossiers/{id}/attachments", ninhThoArea).file(new MockMultipartFile(
                        "file", "to-trinh.pdf", "application/pdf", "MZ\u0090\u0000\u0003\u0000\u0000\u0000"
                        .getBytes(StandardCharsets.ISO_8859_1))).param("kind", "TO_TRINH")
                        .session(Sessions.demo(mvc, "ninhtho")).with(once()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("failure").toString();
        assertThat(page).isEqualTo("attachment.type");
        assertThat(jdbc.queryForObject("select count(*) from dossier_attachment where file_name = 'to-trinh.pdf'",
                Integer.class)).isZero();
    }

    @Test
    void ofTwoAppraisersActingAtOnceOneWinsAndTheHistoryHasOneEvent() {
        long commune = jdbc.queryForObject("""
                select d.id from dossier d join commune c on c.id = d.commune_id join evaluation_year y on y.id = d.year_id
                where c.code = '22600' and y.year = 2023""", Long.class);
        CurrentUser officer = accounts.loadUserByUsername("ninhloc");
        Map<Long, DossierService.SelfAssessment> met = new HashMap<>();
        dossiers.assessments(commune, officer).forEach(a -> met.put(a.getCriterion().getId(),
                new DossierService.SelfAssessment(true, null)));
        dossiers.saveSelfAssessment(commune, version(commune), null, null, met, officer);
        for (AttachmentKind kind : AttachmentKind.requiredFor(SubjectKind.COMMUNE)) {
            dossiers.attach(commune, kind, kind + ".pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), officer);
        }
        dossiers.submit(commune, version(commune), officer);
        long seenByBoth = version(commune);

        dossiers.returnForCompletion(commune, seenByBoth, "Thiếu báo cáo", accounts.loadUserByUsername("congan"));
        assertThatThrownBy(() -> dossiers.returnForCompletion(commune, seenByBoth, "Bổ sung biên bản",
                accounts.loadUserByUsername("congan2"))).isInstanceOf(StaleEditException.class);

        assertThat(jdbc.queryForList("select action from dossier_event where dossier_id = ? order by id", String.class,
                commune)).containsExactly("SUBMIT", "RETURN");
    }

    private long version(long dossier) {
        return jdbc.queryForObject("select version from dossier where id = ?", Long.class, dossier);
    }
}
