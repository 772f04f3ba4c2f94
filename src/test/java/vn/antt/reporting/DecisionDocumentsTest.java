package vn.antt.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.antt.account.AccountService;
import vn.antt.certification.DecisionService;
import vn.antt.certification.RecognitionDecision;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/** A recognition decision and its certificates as PDFs: exactly its dossiers, one page a unit, a draft unnumbered. */
@AnttIntegrationTest
class DecisionDocumentsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DecisionService decisions;

    @Autowired
    AccountService accounts;

    @Test
    void anIssuedDecisionListsExactlyItsDossiersAndPrintsOneCertificateAUnit() throws Exception {
        MockHttpSession steering = Sessions.demo(mvc, "bcd");
        long decision = jdbc.queryForObject("select id from recognition_decision where number = '2580/QĐ-UBND'",
                Long.class);
        List<String> recognised = jdbc.queryForList("""
                select c.name from dossier d join commune c on c.id = d.commune_id where d.decision_id = ?""",
                String.class, decision);
        List<String> others = jdbc.queryForList("""
                select o.name from dossier d join organization o on o.id = d.organization_id
                join evaluation_year y on y.id = d.year_id where y.year = 2022""", String.class);

        String text = text(mvc.perform(get("/decisions/{id}.pdf", decision).session(steering))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(recognised).hasSize(27);
        assertThat(text).contains("QUYẾT ĐỊNH", "Số: 2580/QĐ-UBND", "Ninh Hòa, ngày 20 tháng 12 năm 2022",
                "Điều 1. Công nhận 27 xã, phường");
        assertThat(text).contains(recognised);
        assertThat(others).noneMatch(text::contains);

        byte[] certificates = mvc.perform(get("/decisions/{id}/certificates.pdf", decision).session(steering))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(certificates)) {
            assertThat(document.getNumberOfPages()).isEqualTo(27);
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .as("landscape").isGreaterThan(document.getPage(0).getMediaBox().getHeight());
            String all = new PDFTextStripper().getText(document);
            assertThat(all).contains("CÔNG NHẬN", "Phường Ninh Thủy", "Quyết định số 2580/QĐ-UBND ngày 20/12/2022");
        }

        long ninhThuy2022 = jdbc.queryForObject("""
                select d.id from dossier d join commune c on c.id = d.commune_id join evaluation_year y on y.id = d.year_id
                where c.code = '22567' and y.year = 2022""", Long.class);
        try (PDDocument one = Loader.loadPDF(mvc.perform(get("/dossiers/{id}/certificate.pdf", ninhThuy2022)
                .session(Sessions.demo(mvc, "ninhthuy"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray())) {
            assertThat(one.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(one)).contains("Phường Ninh Thủy", "năm 2022");
        }
        mvc.perform(get("/dossiers/{id}/certificate.pdf", ninhThuy2022).session(Sessions.demo(mvc, "ninhtho")))
                .andExpect(status().isNotFound());
        long draftDossier = jdbc.queryForObject("""
                select d.id from dossier d join commune c on c.id = d.commune_id join evaluation_year y on y.id = d.year_id
                where c.code = '22540' and y.year = 2023""", Long.class);
        mvc.perform(get("/dossiers/{id}/certificate.pdf", draftDossier).session(steering))
                .andExpect(status().isConflict());
    }

    @Test
    void aDraftPrintsWithABlankNumberAndHasNoCertificatesYet() throws Exception {
        long ninhTan = jdbc.queryForObject("""
                select d.id from dossier d join commune c on c.id = d.commune_id join evaluation_year y on y.id = d.year_id
                where c.code = '22585' and y.year = 2023""", Long.class);
        long body = jdbc.queryForObject("select id from issuing_body where code = 'UBND_TX'", Long.class);
        RecognitionDecision draft = decisions.draft(2023, List.of(ninhTan), body, "Tờ trình số 60/TTr-CAX", null, null,
                accounts.loadUserByUsername("bcd"));
        MockHttpSession steering = Sessions.demo(mvc, "bcd");

        String text = text(mvc.perform(get("/decisions/{id}.pdf", draft.getId()).session(steering))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(text).containsPattern("Số:[\\s\\u00a0]+/QĐ-UBND").contains("Xã Ninh Tân", "Điều 1. Công nhận 1 xã, phường",
                "Xét Tờ trình số 60/TTr-CAX.").doesNotContain("Số: 1");
        mvc.perform(get("/decisions/{id}/certificates.pdf", draft.getId()).session(steering))
                .andExpect(status().isConflict());
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
