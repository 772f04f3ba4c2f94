package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.antt.support.OnceTokens.once;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import vn.antt.account.AccountService;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/** What users type that makes no sense is refused with a message, and changes nothing. */
@AnttIntegrationTest
class InputRulesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DossierService dossiers;

    @Autowired
    DecisionService decisions;

    @Autowired
    AccountService accounts;

    @Test
    void registrationDatesOutsideTheYearOrNotDatesAtAllAreRefused() throws Exception {
        long dossier = jdbc.queryForObject("""
                select d.id from dossier d join commune c on c.id = d.commune_id join evaluation_year y on y.id = d.year_id
                where c.code = '22543' and y.year = 2023""", Long.class);
        MockHttpSession officer = Sessions.demo(mvc, "ninhhai");
        String version = jdbc.queryForObject("select version from dossier where id = ?", String.class, dossier);

        MvcResult invalid = mvc.perform(post("/dossiers/{id}/self-assessment", dossier).session(officer).with(once())
                .param("version", version).param("registeredOn", "31/02/2023")).andReturn();
        assertThat(invalid.getFlashMap().get("failure")).isEqualTo("dossier.registeredOn.invalid");
        for (String wrong : List.of("15/06/1990", "01/01/2030")) {
            mvc.perform(post("/dossiers/{id}/self-assessment", dossier).session(officer).with(once())
                    .param("version", version).param("registeredOn", wrong))
                    .andExpect(flash().attribute("failure", "dossier.registeredOn.range"));
        }
        assertThat(jdbc.queryForObject("select registered_on from dossier where id = ?", String.class, dossier))
                .isNull();
    }

    @Test
    void aKhuDanCuIsNotRefusedWithoutAReason() throws Exception {
        long area = jdbc.queryForObject("""
                select d.id from dossier d join residential_area a on a.id = d.residential_area_id
                join commune c on c.id = a.commune_id join evaluation_year y on y.id = d.year_id
                where c.code = '22567' and y.year = 2023 and a.name = 'Tổ dân phố 7'""", Long.class);
        String version = jdbc.queryForObject("select version from dossier where id = ?", String.class, area);
        mvc.perform(post("/dossiers/{id}/area-decision", area).session(Sessions.demo(mvc, "ninhthuy")).with(once())
                .param("version", version).param("decision", "REFUSE").param("note", " "))
                .andExpect(flash().attribute("failure", "dossier.reason.required"));
        assertThat(jdbc.queryForObject("select state from dossier where id = ?", String.class, area))
                .isEqualTo("APPRAISED");
    }

    @Test
    void anEmptyDraftOrADateBeforeTheYearIsNotIssued() {
        CurrentUser steering = accounts.loadUserByUsername("bcd");
        long ninhBinh = jdbc.queryForObject("""
                select d.id from dossier d join commune c on c.id = d.commune_id join evaluation_year y on y.id = d.year_id
                where c.code = '22576' and y.year = 2023""", Long.class);
        long body = jdbc.queryForObject("select id from issuing_body where code = 'UBND_TX'", Long.class);
        RecognitionDecision draft = decisions.draft(2023, List.of(ninhBinh), body, null, null, null, steering);
        assertThatThrownBy(() -> decisions.issue(draft.getId(), shownSet(draft.getId()), "201/QĐ-UBND",
                java.time.LocalDate.of(2022, 12, 30), steering)).hasMessage("decision.beforeYear");
        decisions.removeFromDraft(draft.getId(), ninhBinh,
                jdbc.queryForObject("select version from dossier where id = ?", Long.class, ninhBinh), steering);
        assertThatThrownBy(() -> decisions.issue(draft.getId(), shownSet(draft.getId()), "201/QĐ-UBND",
                java.time.LocalDate.of(2023, 12, 30), steering)).hasMessage("decision.empty");
        assertThat(jdbc.queryForObject("select state from recognition_decision where id = ?", String.class,
                draft.getId())).isEqualTo("DRAFT");
    }

    @Test
    void aCommuneOfficersQueueHoldsOnlyWhatTheirCommunePreparesAndThePoliceSeeTheTownsDrafts() {
        CurrentUser officer = accounts.loadUserByUsername("ninhthuy");
        long prepared = jdbc.queryForObject("""
                select count(*) from dossier d join commune c on c.id = d.acting_commune_id
                join evaluation_year y on y.id = d.year_id where c.code = '22567' and y.year = 2023
                  and d.state = 'DRAFT'""", Long.class);
        assertThat(dossiers.workQueue(2023, officer)).filteredOn(i -> i.messageKey().equals("queue.prepare"))
                .extracting(WorkQueue.Item::count).containsExactly(prepared);
        long townDrafts = jdbc.queryForObject("""
                select count(*) from dossier d join evaluation_year y on y.id = d.year_id where y.year = 2023
                  and d.acting_commune_id is null and d.subject_kind = 'ORGANIZATION' and d.state = 'DRAFT'""",
                Long.class);
        assertThat(townDrafts).isPositive();
        assertThat(dossiers.workQueue(2023, accounts.loadUserByUsername("congan")))
                .filteredOn(i -> i.messageKey().equals("queue.prepareTown"))
                .extracting(WorkQueue.Item::count).containsExactly(townDrafts);
    }

    @Test
    void aDraftIsDeletedAndItsDossiersAreFreeAgainButAnIssuedDecisionStays() throws Exception {
        CurrentUser steering = accounts.loadUserByUsername("bcd");
        long ninhHung = jdbc.queryForObject("""
                select d.id from dossier d join commune c on c.id = d.commune_id join evaluation_year y on y.id = d.year_id
                where c.code = '22597' and y.year = 2023""", Long.class);
        long body = jdbc.queryForObject("select id from issuing_body where code = 'UBND_TX'", Long.class);
        RecognitionDecision draft = decisions.draft(2023, List.of(ninhHung), body, null, null, null, steering);
        mvc.perform(post("/decisions/{id}/delete", draft.getId()).session(Sessions.demo(mvc, "congan")).with(once())
                .param("version", String.valueOf(version(draft.getId())))).andExpect(status().isForbidden());
        mvc.perform(post("/decisions/{id}/delete", draft.getId()).session(Sessions.demo(mvc, "bcd")).with(once())
                .param("version", String.valueOf(version(draft.getId())))).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select count(*) from recognition_decision where id = ?", Integer.class,
                draft.getId())).isZero();
        assertThat(jdbc.queryForObject("select decision_id from dossier where id = ?", Long.class, ninhHung)).isNull();
        assertThat(decisions.readyForDecision(2023, Scope.DISTRICT)).extracting(Dossier::getId).contains(ninhHung);

        long issued = jdbc.queryForObject("select id from recognition_decision where number = '2580/QĐ-UBND'",
                Long.class);
        mvc.perform(post("/decisions/{id}/delete", issued).session(Sessions.demo(mvc, "bcd")).with(once())
                .param("version", String.valueOf(version(issued)))).andExpect(status().isConflict());
    }

    @Test
    void aPageNumberPastTheLastSaysSoAndLeadsBack() throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(
                        get("/dossiers?year=2022&page=99")
                                .session(Sessions.demo(mvc, "bcd")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Trang này không có dữ liệu: danh sách chỉ có", "Về trang cuối");
    }

    private String shownSet(long decision) {
        return DecisionService.shownSet(decisions.get(decision), decisions.dossiersOf(decision, Scope.DISTRICT));
    }

    private long version(long decision) {
        return jdbc.queryForObject("select version from recognition_decision where id = ?", Long.class, decision);
    }
}
