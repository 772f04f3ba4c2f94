package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.antt.support.OnceTokens.once;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/**
 * A certification form whose input is refused comes back with what was typed and the message next to the field,
 * and the dossier or decision is left as it was.
 */
@AnttIntegrationTest
class RefusedInputTest {

    static final String TOO_LONG = "Thiếu biên bản họp. " + "x".repeat(4_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTooLongReturnReasonIsKeptInItsBoxWithTheMessageUnderIt() throws Exception {
        long dossier = communeDossier("22561", 2023);
        Map<String, Object> before = row(dossier);
        MockHttpSession police = Sessions.demo(mvc, "congan");

        Document page = postAndShow(post("/dossiers/{id}/return", dossier).param("reason", TOO_LONG)
                .param("version", before.get("version").toString()), police, "/dossiers/" + dossier);

        Element reason = page.getElementById("reason");
        assertThat(reason.text()).isEqualTo(TOO_LONG);
        assertThat(reason.hasClass("is-invalid")).isTrue();
        assertThat(page.getElementById("reason-refused").text())
                .startsWith("Nội dung nhập quá dài (tối đa 4.000 ký tự)");
        assertThat(row(dossier)).isEqualTo(before);
    }

    @Test
    void anImpossibleRegistrationDateAndABidiNoteAreKeptWhereTheyWereTyped() throws Exception {
        long dossier = communeDossier("22543", 2023);
        Map<String, Object> before = row(dossier);
        MockHttpSession officer = Sessions.demo(mvc, "ninhhai");

        Document page = postAndShow(post("/dossiers/{id}/self-assessment", dossier).param("registeredOn", "31/02/2023")
                .param("registrationNote", "Đăng ký ngày 15/3")
                .param("version", before.get("version").toString()), officer, "/dossiers/" + dossier);
        assertThat(page.getElementById("registeredOn").val()).isEqualTo("31/02/2023");
        assertThat(page.getElementById("registeredOn-refused").text()).startsWith("Ngày đăng ký không hợp lệ");
        assertThat(page.getElementById("registrationNote").val()).isEqualTo("Đăng ký ngày 15/3");

        page = postAndShow(post("/dossiers/{id}/self-assessment", dossier).param("registeredOn", "15/03/2023")
                .param("registrationNote", "Đăng ký \u202Engày 15/3")
                .param("version", before.get("version").toString()), officer, "/dossiers/" + dossier);
        assertThat(page.getElementById("registeredOn").val()).isEqualTo("15/03/2023");
        assertThat(page.getElementById("registrationNote").val()).isEqualTo("Đăng ký \u202Engày 15/3");
        assertThat(page.getElementById("registrationNote-refused").text()).contains("ký tự không hợp lệ");
        assertThat(page.getElementById("registeredOn-refused")).isNull();
        assertThat(row(dossier)).isEqualTo(before);
    }

    @Test
    void aForgedAppraisalConclusionIsRefusedNextToItsButtonsNotReadAsNotMet() throws Exception {
        long dossier = communeDossier("22564", 2023);
        Map<String, Object> before = row(dossier);

        MockHttpServletRequestBuilder form = post("/dossiers/{id}/appraisal", dossier)
                .param("conclusion", "KHONG_CO_MA_NAY").param("conclusionNote", "Chưa đạt khoản 3")
                .param("version", before.get("version").toString());
        // every criterion found, so that the workflow's guards pass and only the forged conclusion is wrong
        jdbc.queryForList("""
                select c.id from criterion c join evaluation_year y on y.criteria_set_id = c.set_id
                where y.year = 2023 and c.subject_kind = 'COMMUNE'""", Long.class).forEach(criterion ->
                form.param("criterion_" + criterion, "1").param("finding_" + criterion, "NOT_MET"));

        Document page = postAndShow(form, Sessions.demo(mvc, "congan"), "/dossiers/" + dossier);

        assertThat(page.getElementById("conclusionNote").text()).isEqualTo("Chưa đạt khoản 3");
        assertThat(page.getElementById("conclusion-refused").text())
                .isEqualTo("Giá trị không có trong danh sách; hãy chọn lại.");
        assertThat(row(dossier)).isEqualTo(before);
    }

    @Test
    void aDecisionCorrectionWithoutAReasonKeepsTheTypedNumberAndDate() throws Exception {
        long decision = jdbc.queryForObject("select id from recognition_decision where number = '2580/QĐ-UBND'",
                Long.class);
        Map<String, Object> before = jdbc.queryForMap("select number, signed_on, version from recognition_decision "
                + "where id = ?", decision);

        Document page = postAndShow(post("/decisions/{id}/correction", decision).param("number", "2581/QĐ-UBND")
                .param("signedOn", "21/12/2023").param("reason", " ")
                .param("version", before.get("version").toString()), Sessions.demo(mvc, "bcd"),
                "/decisions/" + decision);

        assertThat(page.getElementById("correctNumber").val()).isEqualTo("2581/QĐ-UBND");
        assertThat(page.getElementById("correctSignedOn").val()).isEqualTo("21/12/2023");
        assertThat(page.getElementById("reason-refused").text()).isNotBlank();
        assertThat(page.select("#decision-correction .is-invalid")).extracting(Element::id)
                .containsExactly("correctReason");
        assertThat(jdbc.queryForMap("select number, signed_on, version from recognition_decision where id = ?",
                decision)).isEqualTo(before);
    }

    /** Posts the form, follows the redirect with its flash attributes, and returns the page shown again. */
    private Document postAndShow(MockHttpServletRequestBuilder form, MockHttpSession session, String page)
            throws Exception {
        MvcResult posted = mvc.perform(form.session(session).with(once())).andReturn();
        assertThat(posted.getResponse().getStatus()).isEqualTo(302);
        assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo(page);
        MvcResult shown = mvc.perform(get(page).session(session).flashAttrs(posted.getFlashMap())).andReturn();
        assertThat(shown.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(shown.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private long communeDossier(String code, int year) {
        return jdbc.queryForObject("""
                select d.id from dossier d join commune c on c.id = d.commune_id join evaluation_year y on y.id = d.year_id
                where c.code = ? and y.year = ?""", Long.class, code, year);
    }

    /** What a refused step must leave as it was: the dossier's row and its history. */
    private Map<String, Object> row(long dossier) {
        Map<String, Object> row = new java.util.HashMap<>(jdbc.queryForMap(
                "select state, version, registered_on, registration_note from dossier where id = ?", dossier));
        row.put("events", jdbc.queryForObject("select count(*) from dossier_event where dossier_id = ?", Long.class,
                dossier));
        return row;
    }
}
