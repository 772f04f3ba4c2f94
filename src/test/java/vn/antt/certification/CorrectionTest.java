package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antt.support.OnceTokens.once;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/** A recognised dossier is frozen: editing it is refused; only an audited correction changes it. */
@AnttIntegrationTest
class CorrectionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRecognisedDossierOfAClosedYearIsRefusedToItsOfficerAndCorrectedOnlyWithAReason() throws Exception {
        Map<String, Object> dossier = jdbc.queryForMap("""
                select d.id, d.version, d.registered_on from dossier d join commune c on c.id = d.commune_id
                join evaluation_year y on y.id = d.year_id where y.year = 2022 and c.code = '22594'""");
        long id = (Long) dossier.get("id");
        String version = dossier.get("version").toString();
        MockHttpSession officer = Sessions.demo(mvc, "ninhha");

        String refused = HtmlUtils.htmlUnescape(mvc.perform(post("/dossiers/{id}/self-assessment", id)
                        .session(officer).with(once()).param("version", version).param("registeredOn", "01/01/2022"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString());
        assertThat(refused).contains("Năm xét đã kết thúc; hồ sơ không thay đổi được nữa.");
        mvc.perform(post("/dossiers/{id}/correction", id).session(officer).with(once()).param("version", version)
                .param("field", "REGISTERED_ON").param("value", "16/03/2022").param("reason", "Gõ nhầm ngày"))
                .andExpect(status().isForbidden());
        MockHttpSession steering = Sessions.demo(mvc, "bcd");
        MvcResult noReason = mvc.perform(post("/dossiers/{id}/correction", id).session(steering).with(once())
                .param("version", version).param("field", "REGISTERED_ON").param("value", "16/03/2022")
                .param("reason", " ")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(noReason.getFlashMap().get("failure")).isEqualTo("dossier.reason.required");
        assertThat(jdbc.queryForObject("select version from dossier where id = ?", Long.class, id).toString())
                .isEqualTo(version);
        mvc.perform(post("/dossiers/{id}/correction", id).session(steering).with(once()).param("version", version)
                .param("field", "REGISTERED_ON").param("value", "16/03/2031").param("reason", "Sai"))
                .andExpect(flash().attribute("failure", "dossier.registeredOn.range"));
        mvc.perform(post("/dossiers/{id}/correction", id).session(steering).with(once()).param("version", version)
                .param("field", "IMPORTED_DECISION_NUMBER").param("value", "99/QĐ").param("reason", "Sai"))
                .andExpect(status().isConflict());

        mvc.perform(post("/dossiers/{id}/correction", id).session(steering).with(once()).param("version", version)
                        .param("field", "REGISTERED_ON").param("value", "16/03/2022")
                        .param("reason", "Bản đăng ký ghi ngày 16/03/2022; nhập nhầm"))
                .andExpect(status().isFound());

        assertThat(jdbc.queryForObject("select registered_on::text from dossier where id = ?", String.class, id))
                .isEqualTo("2022-03-16");
        Map<String, Object> event = jdbc.queryForMap("""
                select action, from_state, to_state, actor, comment from dossier_event where dossier_id = ?
                order by id desc limit 1""", id);
        assertThat(event).containsEntry("action", "CORRECT").containsEntry("from_state", "RECOGNIZED")
                .containsEntry("to_state", "RECOGNIZED").containsEntry("actor", "bcd");
        assertThat((String) event.get("comment")).isEqualTo(
                "Ngày đăng ký phấn đấu: 15/03/2022 → 16/03/2022. Lý do: Bản đăng ký ghi ngày 16/03/2022; nhập nhầm");
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/dossiers/{id}", id).session(steering))
                .andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Đính chính", "15/03/2022 → 16/03/2022");
    }

    @Test
    void aDraftOrSubmittedDossierIsNotCorrectedButEdited() throws Exception {
        Map<String, Object> submitted = jdbc.queryForMap("""
                select d.id, d.version from dossier d join commune c on c.id = d.commune_id
                join evaluation_year y on y.id = d.year_id where y.year = 2023 and c.code = '22561'""");
        String page = HtmlUtils.htmlUnescape(mvc.perform(post("/dossiers/{id}/correction", submitted.get("id"))
                        .session(Sessions.demo(mvc, "bcd")).with(once()).param("version", submitted.get("version").toString())
                        .param("field", "REGISTRATION_NOTE").param("value", "x").param("reason", "y"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Chỉ đính chính được hồ sơ đã có kết quả");
    }

    @Test
    void aTypoInAnIssuedDecisionIsCorrectedInTheHistoryOfEveryDossierItRecognised() throws Exception {
        Map<String, Object> decision = jdbc.queryForMap("""
                select id, version from recognition_decision where number = '2581/QĐ-UBND'""");
        long id = (Long) decision.get("id");
        String version = decision.get("version").toString();
        mvc.perform(post("/decisions/{id}/correction", id).session(Sessions.demo(mvc, "congan")).with(once())
                .param("version", version).param("number", "2581/QĐ-UBND").param("signedOn", "21/12/2022")
                .param("reason", "Sai ngày")).andExpect(status().isForbidden());
        MockHttpSession steering = Sessions.demo(mvc, "bcd");
        mvc.perform(post("/decisions/{id}/correction", id).session(steering).with(once()).param("version", version)
                .param("number", "2581/QĐ-UBND").param("signedOn", "21/12/2022"))
                .andExpect(flash().attribute("failure", "dossier.reason.required"));

        mvc.perform(post("/decisions/{id}/correction", id).session(steering)
                        .with(once()).param("version", version).param("number", "2580/QĐ-UBND")
                        .param("signedOn", "20/12/2022").param("reason", "Sai số"))
                .andExpect(flash().attribute("failure", "decision.numberTaken"));
        mvc.perform(post("/decisions/{id}/correction", id).session(steering).with(once()).param("version", version)
                .param("number", "2581/QĐ-UBND").param("signedOn", "20/12/2021").param("reason", "Sai năm"))
                .andExpect(flash().attribute("failure", "decision.beforeYear"));

        mvc.perform(post("/decisions/{id}/correction", id).session(steering).with(once()).param("version", version)
                        .param("number", "2581/QĐ-UBND").param("signedOn", "21/12/2022")
                        .param("reason", "Bản gốc ký ngày 21/12/2022"))
                .andExpect(status().isFound());

        assertThat(jdbc.queryForObject("select signed_on::text from recognition_decision where id = ?", String.class,
                id)).isEqualTo("2022-12-21");
        assertThat(jdbc.queryForList("""
                select distinct e.comment from dossier_event e join dossier d on d.id = e.dossier_id
                where d.decision_id = ? and e.action = 'CORRECT'""", String.class, id)).containsExactly(
                "Quyết định công nhận: 2581/QĐ-UBND — 20/12/2022 → 2581/QĐ-UBND — 21/12/2022. "
                        + "Lý do: Bản gốc ký ngày 21/12/2022");
        assertThat(jdbc.queryForObject("""
                select count(*) from dossier_event e join dossier d on d.id = e.dossier_id
                where d.decision_id = ? and e.action = 'CORRECT'""", Integer.class, id)).isEqualTo(54);
    }
}
