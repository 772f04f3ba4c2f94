package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.antt.support.OnceTokens.once;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antt.account.AccountService;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;
import vn.antt.support.SpareYear;

/**
 * A document of a dossier being prepared can be replaced or removed, each said in the audit log in the page's words;
 * a refused file is said under its picker; once the dossier is sent the server refuses both (issue 14 §4).
 */
@AnttIntegrationTest
class AttachmentChangesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KnownYears knownYears;

    @Autowired
    EvaluationYears years;

    @Autowired
    DossierService dossiers;

    @Autowired
    AccountService accounts;

    long dossier;
    long attachment;
    MockHttpSession officer;

    @BeforeEach
    void aDossierWithOneDocument() throws Exception {
        SpareYear.open(jdbc, years, accounts.loadUserByUsername("bcd"));
        CurrentUser ninhTho = accounts.loadUserByUsername("ninhtho");
        dossiers.createAll(SpareYear.YEAR, dossiers.toCreate(SpareYear.YEAR, ninhTho), ninhTho);
        dossier = jdbc.queryForObject("""
                select d.id from dossier d join evaluation_year y on y.id = d.year_id
                where y.year = ? and d.subject_kind = 'COMMUNE'""", Long.class, SpareYear.YEAR);
        dossiers.attach(dossier, AttachmentKind.BIEN_BAN, "bien-ban-cu.pdf",
                "%PDF-1.4 cũ".getBytes(StandardCharsets.UTF_8), ninhTho);
        attachment = jdbc.queryForObject("select id from dossier_attachment where dossier_id = ?", Long.class,
                dossier);
        officer = Sessions.demo(mvc, "ninhtho");
    }

    @AfterEach
    void removeTheSpareYear() {
        SpareYear.remove(jdbc, knownYears);
    }

    @Test
    void anotherFileTakesTheDocumentsPlaceAndTheLogSaysWhichForWhich() throws Exception {
        Document page = sendAndShow(multipart("/dossiers/{id}/attachments/{a}/replace", dossier, attachment)
                .file(pdf("bien-ban-moi.pdf", "%PDF-1.4 mới")));

        assertThat(page.text()).contains("Đã thay tệp của tài liệu.");
        assertThat(page.getElementById("attachments").text()).contains("Biên bản họp xét: bien-ban-moi.pdf")
                .doesNotContain("bien-ban-cu.pdf");
        Map<String, Object> stored = jdbc.queryForMap(
                "select file_name, content from dossier_attachment where dossier_id = ?", dossier);
        assertThat(stored.get("file_name")).isEqualTo("bien-ban-moi.pdf");
        assertThat(new String((byte[]) stored.get("content"), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.4 mới");
        assertThat(lastAudit("ATTACHMENT_REPLACED")).isEqualTo("Biên bản họp xét: bien-ban-cu.pdf → bien-ban-moi.pdf");
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsRefusedUnderItsPickerAndNothingChanges() throws Exception {
        Document page = sendAndShow(multipart("/dossiers/{id}/attachments/{a}/replace", dossier, attachment)
                .file(pdf("bien-ban-moi.pdf", "không phải PDF")));

        assertThat(page.selectFirst("form[action$='/" + attachment + "/replace'] #file-refused").text())
                .startsWith("Tệp không đúng loại cho phép");
        assertThat(jdbc.queryForObject("select file_name from dossier_attachment where id = ?", String.class,
                attachment)).isEqualTo("bien-ban-cu.pdf");
    }

    @Test
    void aDocumentIsRemovedWhilePreparedAndNeverOnceSent() throws Exception {
        jdbc.update("update dossier set state = 'SUBMITTED' where id = ?", dossier);
        mvc.perform(post("/dossiers/{id}/attachments/{a}/delete", dossier, attachment).session(officer).with(once()))
                .andExpect(status().isConflict());
        mvc.perform(multipart("/dossiers/{id}/attachments/{a}/replace", dossier, attachment)
                        .file(pdf("bien-ban-moi.pdf", "%PDF-1.4 mới")).session(officer).with(once()))
                .andExpect(status().isConflict());
        Document sent = Jsoup.parse(mvc.perform(get("/dossiers/{id}", dossier).session(officer)).andReturn()
                .getResponse().getContentAsString());
        assertThat(sent.select("form[action*='/attachments/']")).isEmpty();
        assertThat(jdbc.queryForObject("select file_name from dossier_attachment where id = ?", String.class,
                attachment)).isEqualTo("bien-ban-cu.pdf");

        jdbc.update("update dossier set state = 'DRAFT' where id = ?", dossier);
        Document page = sendAndShow(post("/dossiers/{id}/attachments/{a}/delete", dossier, attachment));
        assertThat(page.text()).contains("Đã gỡ bỏ tài liệu khỏi hồ sơ.",
                "Chưa có tài liệu nào. Chọn loại tài liệu và tệp bên dưới");
        assertThat(jdbc.queryForObject("select count(*) from dossier_attachment where dossier_id = ?", Integer.class,
                dossier)).isZero();
        assertThat(lastAudit("ATTACHMENT_REMOVED")).isEqualTo("Biên bản họp xét: bien-ban-cu.pdf");
    }

    private Document sendAndShow(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request)
            throws Exception {
        MvcResult sent = mvc.perform(request.session(officer).with(once())).andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/dossiers/" + dossier);
        return Jsoup.parse(mvc.perform(get("/dossiers/{id}", dossier).session(officer)
                .flashAttrs(sent.getFlashMap())).andReturn().getResponse().getContentAsString());
    }

    private String lastAudit(String action) {
        return jdbc.queryForObject("select detail from audit_log where action = ? and username = 'ninhtho' "
                + "order by id desc limit 1", String.class, action);
    }

    private static MockMultipartFile pdf(String name, String content) {
        return new MockMultipartFile("file", name, "application/pdf", content.getBytes(StandardCharsets.UTF_8));
    }
}
