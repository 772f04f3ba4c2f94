package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.antt.support.OnceTokens.once;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.security.access.AccessDeniedException;
import vn.antt.account.AccountService;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/** One decision recognises many dossiers at once when issued, or none if any of them changed meanwhile. */
@AnttIntegrationTest
class DecisionServiceTest {

    @Autowired
    DossierService dossiers;

    @Autowired
    DecisionService decisions;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void issuingADraftRecognisesAllItsDossiersAtOnce() {
        CurrentUser steering = accounts.loadUserByUsername("bcd");
        dossiers.createAll(2023, dossiers.toCreate(2023, steering), steering);
        List<Long> ready = List.of(appraisedMet("22528"), appraisedMet("22531"), appraisedMet("22534"));
        long body = jdbc.queryForObject("select id from issuing_body where code = 'UBND_TX'", Long.class);

        assertThatThrownBy(() -> decisions.draft(2023, ready, body, "Tờ trình số 45/TTr-CAX", null, null,
                accounts.loadUserByUsername("congan"))).isInstanceOf(AccessDeniedException.class);
        RecognitionDecision draft = decisions.draft(2023, ready, body, "Tờ trình số 45/TTr-CAX", "Nguyễn Văn Ký",
                null, steering);
        assertThat(decisions.dossiersOf(draft.getId(), Scope.DISTRICT)).hasSize(3);
        assertThat(states(ready)).containsOnly("APPRAISED");

        decisions.issue(draft.getId(), shownSet(draft.getId()), "125/QĐ-UBND", LocalDate.of(2023, 12, 20),
                steering);

        assertThat(states(ready)).containsOnly("RECOGNIZED");
        assertThat(jdbc.queryForList("""
                select comment from dossier_event where action = 'RECOGNIZE' and dossier_id in (?, ?, ?)""",
                String.class, ready.toArray())).containsOnly("125/QĐ-UBND — 20/12/2023").hasSize(3);
        // the audit log has the draft, the issue and each dossier's step, in words, with who did it
        assertThat(jdbc.queryForList("""
                select username || ' | ' || action || ' | ' || target || ' | ' || detail from audit_log
                where target in (?, ?)""", String.class, "Dự thảo quyết định #" + draft.getId() + " — năm 2023",
                "Quyết định số 125/QĐ-UBND — năm 2023"))
                .containsExactlyInAnyOrder("bcd | DECISION_DRAFTED | Dự thảo quyết định #" + draft.getId()
                                + " — năm 2023 | 3 hồ sơ",
                        "bcd | DECISION_ISSUED | Quyết định số 125/QĐ-UBND — năm 2023 | Số 125/QĐ-UBND, ký ngày "
                                + "20/12/2023; 3 hồ sơ");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_log where username = 'bcd' and action = 'DOSSIER_STEP'
                and detail = 'Công nhận: Đã thẩm định → Đã công nhận. Ghi chú: 125/QĐ-UBND — 20/12/2023'""",
                Integer.class)).isGreaterThanOrEqualTo(3);

        assertThatThrownBy(() -> dossiers.revoke(ready.get(0), version(ready.get(0), "dossier"), "Vi phạm",
                accounts.loadUserByUsername("congan"))).isInstanceOf(AccessDeniedException.class);
        dossiers.revoke(ready.get(0), version(ready.get(0), "dossier"),
                "Để xảy ra vụ việc nghiêm trọng; Quyết định thu hồi số 12/QĐ-UBND", steering);
        assertThat(states(ready)).containsExactly("REVOKED", "RECOGNIZED", "RECOGNIZED");

        RecognitionDecision second = decisions.draft(2023, List.of(appraisedMet("22537")), body, null, null, null,
                steering);
        assertThatThrownBy(() -> decisions.issue(second.getId(), shownSet(second.getId()), "125/QĐ-UBND",
                LocalDate.of(2023, 12, 21), steering)).hasMessage("decision.numberTaken");
    }

    @Test
    void ifOneDossierChangedMeanwhileNoneIsRecognised() {
        CurrentUser steering = accounts.loadUserByUsername("bcd");
        dossiers.createAll(2023, dossiers.toCreate(2023, steering), steering);
        List<Long> ready = List.of(appraisedMet("22549"), appraisedMet("22552"));
        long body = jdbc.queryForObject("select id from issuing_body where code = 'UBND_TX'", Long.class);
        RecognitionDecision draft = decisions.draft(2023, ready, body, null, null, null, steering);

        // meanwhile one of them is refused
        dossiers.refuse(ready.get(1), version(ready.get(1), "dossier"), "Chưa đủ minh chứng", steering);

        assertThatThrownBy(() -> decisions.issue(draft.getId(), shownSet(draft.getId()), "126/QĐ-UBND",
                LocalDate.of(2023, 12, 22), steering)).hasMessage("decision.dossierChanged");
        assertThat(jdbc.queryForObject("select state from dossier where id = ?", String.class, ready.get(0)))
                .isEqualTo("APPRAISED");
        assertThat(jdbc.queryForObject("select state from recognition_decision where id = ?", String.class,
                draft.getId())).isEqualTo("DRAFT");

        decisions.removeFromDraft(draft.getId(), ready.get(1), version(ready.get(1), "dossier"), steering);
        decisions.issue(draft.getId(), shownSet(draft.getId()), "126/QĐ-UBND", LocalDate.of(2023, 12, 22),
                steering);
        assertThat(states(ready)).containsExactly("RECOGNIZED", "NOT_RECOGNIZED");
    }

    @Test
    void theAdministratorKeepsTheIssuingBodiesDefaults() throws Exception {
        MockHttpSession admin = Sessions.demo(mvc, "admin");
        long body = jdbc.queryForObject("select id from issuing_body where code = 'UBND_TX'", Long.class);
        mvc.perform(post("/admin/issuing-bodies/{id}", body).session(admin).with(once())
                .param("version", String.valueOf(version(body, "issuing_body")))
                .param("name", "Ủy ban nhân dân thị xã Ninh Hòa").param("headerName", "ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA")
                .param("placeName", "Ninh Hòa").param("signerName", "Trần Văn Ký Thử").param("signerTitle", "CHỦ TỊCH")
                .param("recipients", "Như Điều 3;\nLưu: VT.")).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select signer_name from issuing_body where id = ?", String.class, body))
                .isEqualTo("Trần Văn Ký Thử");
        mvc.perform(post("/admin/issuing-bodies/{id}", body).session(admin).with(once()).param("version", "999")
                .param("name", "").param("headerName", "").param("placeName", "")).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select name from issuing_body where id = ?", String.class, body))
                .isEqualTo("Ủy ban nhân dân thị xã Ninh Hòa");
    }

    @Test
    void theSteeringCommitteeDraftsPrintsAndIssuesADecisionInTheBrowserPages() throws Exception {
        CurrentUser bcd = accounts.loadUserByUsername("bcd");
        dossiers.createAll(2023, dossiers.toCreate(2023, bcd), bcd);
        long first = appraisedMet("22555");
        long second = appraisedMet("22558");
        MockHttpSession steering = Sessions.demo(mvc, "bcd");

        String list = mvc.perform(get("/decisions?year=2023").session(steering)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Xã Ninh Xuân", "Xã Ninh Thân");
        String location = mvc.perform(post("/decisions").session(steering).with(once())
                        .param("dossier", String.valueOf(first), String.valueOf(second))
                        .param("body", jdbc.queryForObject("select id from issuing_body where code = 'UBND_TX'", String.class))
                        .param("proposal", "Tờ trình số 46/TTr-CAX"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        long decision = Long.parseLong(location.substring("/decisions/".length()));

        String draft = mvc.perform(get("/decisions/{id}/print", decision).session(steering))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(draft).containsPattern("Số:[\\s\u00a0]+/QĐ-UBND").contains("Xã Ninh Xuân", "Xã Ninh Thân",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Xét Tờ trình số 46/TTr-CAX.");

        mvc.perform(post("/decisions/{id}/issue", decision).session(steering).with(once())
                .param("shownSet", shownSet(decision)).param("number", "130/QĐ-UBND")
                .param("signedOn", "31/02/2023")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("failure", "decision.numberAndDateRequired"));
        mvc.perform(post("/decisions/{id}/issue", decision).session(steering).with(once())
                        .param("shownSet", shownSet(decision)).param("number", "130/QĐ-UBND")
                        .param("signedOn", "22/12/2023"))
                .andExpect(status().isFound());
        assertThat(states(List.of(first, second))).containsOnly("RECOGNIZED");
        assertThat(mvc.perform(get("/decisions/{id}/print", decision).session(steering)).andReturn().getResponse()
                .getContentAsString()).contains("Số: 130/QĐ-UBND", "ngày 22 tháng 12 năm 2023");
        mvc.perform(get("/decisions").session(Sessions.demo(mvc, "ninhthuy"))).andExpect(status().isOk());
        mvc.perform(post("/decisions/{id}/issue", decision).session(Sessions.demo(mvc, "congan")).with(once())
                .param("version", "0").param("number", "x").param("signedOn", "01/12/2023"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDraftWhoseDossiersChangedSinceThePageShowedItIsNotIssued() throws Exception {
        CurrentUser steering = accounts.loadUserByUsername("bcd");
        dossiers.createAll(2023, dossiers.toCreate(2023, steering), steering);
        // two dossiers appraised "met" as the demo data records them (their own steps are tested above)
        List<Long> ready = List.of(appraisedAsInDemo("22594"), appraisedAsInDemo("22564"));
        long body = jdbc.queryForObject("select id from issuing_body where code = 'UBND_TX'", Long.class);
        long draft = decisions.draft(2023, ready, body, null, null, null, steering).getId();
        MockHttpSession firstTab = Sessions.demo(mvc, "bcd");
        MockHttpSession secondTab = Sessions.demo(mvc, "bcd");

        String shown = mvc.perform(get("/decisions/{id}", draft).session(firstTab)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/decisions/{id}", draft).session(secondTab)).andExpect(status().isOk());
        mvc.perform(post("/decisions/{id}/dossiers/{dossier}/remove", draft, ready.get(1)).session(secondTab)
                        .with(once()).param("version", String.valueOf(version(ready.get(1), "dossier"))))
                .andExpect(status().isFound()).andExpect(flash().attribute("success", "decision.removed"));

        MvcResult refused = mvc.perform(post("/decisions/{id}/issue", draft).session(firstTab).with(once())
                        .param("shownSet", hidden(shown, "shownSet", 0)).param("number", "140/QĐ-UBND")
                        .param("signedOn", "23/12/2023"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/decisions/" + draft))
                .andExpect(flash().attribute("failure", "dossier.stale")).andReturn();
        assertThat(states(ready)).as("nothing recognised").containsOnly("APPRAISED");
        assertThat(jdbc.queryForObject("select state from recognition_decision where id = ?", String.class, draft))
                .isEqualTo("DRAFT");
        String current = mvc.perform(get("/decisions/{id}", draft).session(firstTab)
                        .flashAttrs(refused.getFlashMap())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(current).as("the current draft, with the message").contains(
                        "Dữ liệu đã được người khác cập nhật. Trang đang hiển thị bản hiện tại", "Phường Ninh Hà")
                .doesNotContain("Xã Ninh Đông");

        // the same dossier changing state (refused meanwhile) also changes what was confirmed
        String again = mvc.perform(get("/decisions/{id}", draft).session(firstTab))
                .andReturn().getResponse().getContentAsString();
        dossiers.refuse(ready.get(0), version(ready.get(0), "dossier"), "Chưa đủ minh chứng", steering);
        mvc.perform(post("/decisions/{id}/issue", draft).session(firstTab).with(once())
                        .param("shownSet", hidden(again, "shownSet", 0)).param("number", "140/QĐ-UBND")
                        .param("signedOn", "23/12/2023"))
                .andExpect(status().isFound()).andExpect(flash().attribute("failure", "dossier.stale"));
        assertThat(jdbc.queryForObject("select state from recognition_decision where id = ?", String.class, draft))
                .isEqualTo("DRAFT");
    }

    private long appraisedAsInDemo(String code) {
        return jdbc.queryForObject("""
                update dossier d set state = 'APPRAISED', conclusion_met = true,
                       appraised_by = (select id from user_account where username = 'congan')
                from commune c, evaluation_year y
                where c.id = d.commune_id and y.id = d.year_id and c.code = ? and y.year = 2023 returning d.id""",
                Long.class, code);
    }

    /** The value of the n-th hidden input of that name in a page. */
    static String hidden(String page, String name, int n) {
        Matcher matcher = Pattern.compile("<input type=\"hidden\" name=\"" + name + "\" value=\"([^\"]*)\"")
                .matcher(page);
        for (int i = 0; i <= n; i++) {
            if (!matcher.find()) {
                throw new AssertionError("no hidden " + name + " #" + n);
            }
        }
        return matcher.group(1);
    }

    /** Takes a commune's 2023 dossier to "appraised, met": 70% of its khu dân cư first, then its own steps. */
    private long appraisedMet(String code) {
        CurrentUser officer = accounts.loadUserByUsername(jdbc.queryForObject("""
                select u.username from user_account u join commune c on c.id = u.commune_id where c.code = ?""",
                String.class, code));
        CurrentUser appraiser = accounts.loadUserByUsername("congan");
        long commune = jdbc.queryForObject("""
                select d.id from dossier d join commune c on c.id = d.commune_id join evaluation_year y on y.id = d.year_id
                where c.code = ? and y.year = 2023""", Long.class, code);
        List<Long> areas = jdbc.queryForList("""
                select d.id from dossier d join residential_area a on a.id = d.residential_area_id
                join commune c on c.id = a.commune_id join evaluation_year y on y.id = d.year_id
                where c.code = ? and y.year = 2023 order by a.name""", Long.class, code);
        for (long area : areas.subList(0, (int) Math.ceil(areas.size() * 0.7))) {
            fill(area, officer, AttachmentKind.requiredFor(SubjectKind.RESIDENTIAL_AREA));
            dossiers.appraise(area, version(area, "dossier"), findings(area, officer), true, null, officer);
            dossiers.decideArea(area, version(area, "dossier"), true, null,
                    new DossierService.AreaDecision("12/QĐ-UBND", LocalDate.of(2023, 11, 20), null), officer);
        }
        fill(commune, officer, AttachmentKind.requiredFor(SubjectKind.COMMUNE));
        dossiers.appraise(commune, version(commune, "dossier"), findings(commune, appraiser), true, "Đạt",
                appraiser);
        return commune;
    }

    private void fill(long dossier, CurrentUser officer, Set<AttachmentKind> kinds) {
        Map<Long, DossierService.SelfAssessment> met = new HashMap<>();
        dossiers.assessments(dossier, officer).forEach(a -> met.put(a.getCriterion().getId(),
                new DossierService.SelfAssessment(true, null)));
        dossiers.saveSelfAssessment(dossier, version(dossier, "dossier"), null, null, met, officer);
        for (AttachmentKind kind : kinds) {
            dossiers.attach(dossier, kind, kind + ".pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), officer);
        }
        dossiers.submit(dossier, version(dossier, "dossier"), officer);
    }

    private Map<Long, DossierService.Finding> findings(long dossier, CurrentUser user) {
        Map<Long, DossierService.Finding> met = new HashMap<>();
        dossiers.assessments(dossier, user).forEach(a -> met.put(a.getCriterion().getId(),
                new DossierService.Finding(true, null)));
        return met;
    }

    private List<String> states(List<Long> ids) {
        return ids.stream().map(id -> jdbc.queryForObject("select state from dossier where id = ?", String.class, id))
                .toList();
    }

    private String shownSet(long decision) {
        return DecisionService.shownSet(decisions.get(decision), decisions.dossiersOf(decision, Scope.DISTRICT));
    }

    private long version(long decision) {
        return version(decision, "recognition_decision");
    }

    private long version(long id, String table) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }
}
