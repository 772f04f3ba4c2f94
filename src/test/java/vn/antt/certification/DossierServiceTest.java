package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
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

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.access.AccessDeniedException;
import vn.antt.account.AccountService;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.problem.NotFoundException;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;
import vn.antt.territory.ResidentialArea;
import vn.antt.territory.ResidentialAreaKind;
import vn.antt.territory.ResidentialAreaService;

/**
 * A commune's 2023 dossier through submission, return, resubmission and appraisal, with its khu dân cư decided at
 * commune level and the 70% rule computed from them; every step in the history.
 */
@AnttIntegrationTest
class DossierServiceTest {

    private static final byte[] PDF = "%PDF-1.4 biên bản".getBytes(StandardCharsets.UTF_8);

    @Autowired
    DossierService dossiers;

    @Autowired
    DecisionService decisions;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ResidentialAreaService areas;

    @Autowired
    MockMvc mvc;

    @Test
    void createAllCreatesOnlyTheSubjectsItsPageShowed() throws Exception {
        MockHttpSession steering = Sessions.demo(mvc, "bcd");
        String page = mvc.perform(get("/dossiers?year=2023").session(steering)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String shown = DecisionServiceTest.hidden(page, "subjects", 0);
        // meanwhile, in another tab, Xã Ninh Thọ gets a new khu dân cư: a subject the user did not confirm
        long commune = jdbc.queryForObject("select id from commune where code = '22588'", Long.class);
        CurrentUser officer = accounts.loadUserByUsername(jdbc.queryForObject(
                "select username from user_account where commune_id = ?", String.class, commune));
        long area = areas.create(commune, new ResidentialArea.Details("Thôn Kiểm Thử Lập Hồ Sơ",
                ResidentialAreaKind.THON, 120, null, null, LocalDate.of(2023, 6, 1), null), officer).getId();
        int before = dossiersOf2023();

        mvc.perform(post("/dossiers/create-all").session(steering).with(once()).param("year", "2023")
                        .param("subjects", shown))
                .andExpect(status().isFound()).andExpect(flash().attribute("failure", "dossier.stale"))
                .andExpect(redirectedUrl("/dossiers?year=2023"));
        assertThat(dossiersOf2023()).as("nothing created").isEqualTo(before);

        String current = mvc.perform(get("/dossiers?year=2023").session(steering))
                .andReturn().getResponse().getContentAsString();
        String confirmed = DecisionServiceTest.hidden(current, "subjects", 0);
        assertThat(confirmed.split(" ")).contains("A" + area);
        mvc.perform(post("/dossiers/create-all").session(steering).with(once()).param("year", "2023")
                        .param("subjects", confirmed))
                .andExpect(flash().attribute("success", "dossier.createdAll"));
        assertThat(jdbc.queryForObject("select count(*) from dossier where residential_area_id = ?", Integer.class,
                area)).isOne();
        // the same confirmation sent again creates nothing more and refuses nothing
        mvc.perform(post("/dossiers/create-all").session(steering).with(once()).param("year", "2023")
                        .param("subjects", confirmed))
                .andExpect(flash().attribute("createdCount", 0));
    }

    private int dossiersOf2023() {
        return jdbc.queryForObject("""
                select count(*) from dossier d join evaluation_year y on y.id = d.year_id where y.year = 2023""",
                Integer.class);
    }

    @Test
    void aCommuneDossierFromDraftToAppraisedWithTheSeventyPercentRule() throws Exception {
        CurrentUser steering = accounts.loadUserByUsername("bcd");
        CurrentUser officer = accounts.loadUserByUsername("ninhvan");
        CurrentUser appraiser = accounts.loadUserByUsername("congan");
        CurrentUser otherOfficer = accounts.loadUserByUsername("ninhtho");
        dossiers.createAll(2023, dossiers.toCreate(2023, steering), steering);
        assertThat(dossiers.createAll(2023, dossiers.toCreate(2023, steering), steering)).as("created once").isZero();

        long commune = jdbc.queryForObject("""
                select d.id from dossier d join commune c on c.id = d.commune_id join evaluation_year y on y.id = d.year_id
                where c.code = '22606' and y.year = 2023""", Long.class);
        assertThatThrownBy(() -> dossiers.open(commune, otherOfficer)).isInstanceOf(NotFoundException.class);
        assertThat(dossiers.assessments(commune, officer)).hasSize(4);

        assertThatThrownBy(() -> dossiers.submit(commune, version(commune), officer))
                .isInstanceOf(DossierConflict.class).hasMessage("dossier.refused.selfAssessment");
        dossiers.saveSelfAssessment(commune, version(commune), LocalDate.of(2023, 3, 15), "Đăng ký phấn đấu",
                allMet(commune, officer), officer);
        assertThatThrownBy(() -> dossiers.submit(commune, version(commune), officer))
                .isInstanceOf(DossierConflict.class).hasMessage("dossier.refused.attachments");
        assertThatThrownBy(() -> dossiers.attach(commune, AttachmentKind.TO_TRINH, "to-trinh.pdf",
                "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1), officer))
                .isInstanceOf(DossierConflict.class).hasMessage("attachment.type");
        for (AttachmentKind kind : AttachmentKind.requiredFor(SubjectKind.COMMUNE)) {
            dossiers.attach(commune, kind, kind.name().toLowerCase() + ".pdf", PDF, officer);
        }
        dossiers.submit(commune, version(commune), officer);

        assertThatThrownBy(() -> dossiers.returnForCompletion(commune, version(commune), " ", appraiser))
                .isInstanceOf(DossierConflict.class).hasMessage("dossier.reason.required");
        assertThatThrownBy(() -> dossiers.returnForCompletion(commune, version(commune), "Thiếu chữ ký", officer))
                .isInstanceOf(AccessDeniedException.class);
        dossiers.returnForCompletion(commune, version(commune), "Biên bản họp xét thiếu chữ ký", appraiser);
        dossiers.submit(commune, version(commune), officer);

        // one khu dân cư short of 70% blocks the conclusion "met"; one more lets it through
        CriterionCheck.Rule seventy = CriterionCheck.parse("COMPUTED:RESIDENTIAL_AREAS_RECOGNIZED_PCT>=70").rules()
                .get(0);
        long whole = dossiers.figure(dossiers.open(commune, appraiser), seventy).whole();
        int needed = (int) Math.ceil(whole * 0.7);
        List<Long> areas = jdbc.queryForList("""
                select d.id from dossier d join residential_area a on a.id = d.residential_area_id
                join commune c on c.id = a.commune_id join evaluation_year y on y.id = d.year_id
                where c.code = '22606' and y.year = 2023 and d.state = 'DRAFT' order by a.name""", Long.class);
        areas.subList(0, needed - 1).forEach(area -> recognizeArea(area, officer));
        Figure shortOfIt = dossiers.figure(dossiers.open(commune, appraiser), seventy);
        assertThat(shortOfIt).isEqualTo(new Figure(seventy.metric(), needed - 1, whole));
        assertThat(seventy.holds(shortOfIt)).isFalse();
        assertThatThrownBy(() -> dossiers.appraise(commune, version(commune), findingsAllMet(commune, appraiser),
                true, "Đủ điều kiện", appraiser))
                .isInstanceOf(DossierConflict.class).hasMessage("dossier.refused.metWithFailures");

        recognizeArea(areas.get(needed - 1), officer);
        assertThat(seventy.holds(dossiers.figure(dossiers.open(commune, appraiser), seventy))).isTrue();
        dossiers.appraise(commune, version(commune), findingsAllMet(commune, appraiser), true, "Đủ điều kiện",
                appraiser);

        assertThat(dossiers.open(commune, officer).getState()).isEqualTo(DossierState.APPRAISED);

        // the registry moves on; what the appraiser saw stays in the snapshot. That khu dân cư is recognised by
        // its commune's decision, whose number and a plausible date are required and printed on its certificate
        long last = areas.get(needed);
        prepareArea(last, officer);
        for (DossierService.AreaDecision wrong : List.of(
                new DossierService.AreaDecision(null, LocalDate.of(2023, 11, 20), null),
                new DossierService.AreaDecision("31/QĐ-UBND", null, null),
                new DossierService.AreaDecision("31/QĐ-UBND", LocalDate.of(2022, 12, 31), null),
                new DossierService.AreaDecision("31/QĐ-UBND", LocalDate.now().plusDays(2), null))) {
            assertThatThrownBy(() -> dossiers.decideArea(last, version(last), true, null, wrong, officer))
                    .isInstanceOf(InputRefused.class);
            assertThat(dossiers.open(last, officer).getState()).isEqualTo(DossierState.APPRAISED);
        }
        dossiers.decideArea(last, version(last), true, null,
                new DossierService.AreaDecision("31/QĐ-UBND", LocalDate.of(2023, 11, 20), "Lê Văn Tâm"), officer);
        Certificate certificate = decisions.certificate(dossiers.open(last, officer));
        assertThat(certificate.decisionLine()).isEqualTo("Quyết định số 31/QĐ-UBND ngày 20/11/2023");
        assertThat(certificate.signedOn()).isEqualTo(LocalDate.of(2023, 11, 20));
        assertThat(certificate.signerName()).isEqualTo("Lê Văn Tâm");
        assertThat(certificate.headerName()).isEqualTo("ỦY BAN NHÂN DÂN XÃ NINH VÂN");
        // a typo in the commune's decision is corrected (đính chính) with a reason, never on a dossier without one
        dossiers.correct(last, version(last), CorrectedField.AREA_DECISION_NUMBER, "32/QĐ-UBND", null,
                "Gõ nhầm số quyết định", steering);
        assertThat(decisions.certificate(dossiers.open(last, officer)).decisionLine())
                .isEqualTo("Quyết định số 32/QĐ-UBND ngày 20/11/2023");
        assertThat(dossiers.history(last)).last().extracting(DossierEvent::getComment).isEqualTo(
                "Số quyết định công nhận của UBND xã, phường: 31/QĐ-UBND → 32/QĐ-UBND. Lý do: Gõ nhầm số quyết định");
        assertThat(CorrectedField.AREA_DECISION_SIGNER.appliesTo(dossiers.open(commune, steering))).isFalse();
        assertThat(CorrectedField.AREA_DECISION_SIGNER.appliesTo(dossiers.open(last, steering))).isTrue();
        Figure appraised = dossiers.snapshots(commune).stream()
                .filter(f -> f.getMoment() == FigureMoment.APPRAISE).findFirst().orElseThrow().figure();
        assertThat(appraised.part()).isEqualTo(needed);
        assertThat(dossiers.figure(dossiers.open(commune, appraiser), seventy).part()).isEqualTo(needed + 1);
        // the appraised dossier shows the figure it was judged on, dated, and today's beside it as "hiện nay"
        ShownFigure shown = dossiers.shownFigures(dossiers.open(commune, appraiser),
                        dossiers.assessments(commune, appraiser), false).values().stream().flatMap(List::stream)
                .filter(f -> f.figure().metric() == seventy.metric()).findFirst().orElseThrow();
        assertThat(shown.moment()).isEqualTo(FigureMoment.APPRAISE);
        assertThat(shown.figure().part()).isEqualTo(needed);
        assertThat(shown.current().part()).isEqualTo(needed + 1);
        String page = org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(get("/dossiers/" + commune)
                .session(Sessions.demo(mvc, "congan"))).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Số liệu lúc thẩm định", "Hiện nay: " + (needed + 1) + "/" + whole);
        assertThat(dossiers.history(commune)).extracting(DossierEvent::getAction, DossierEvent::getActor)
                .containsExactly(
                        tuple(DossierAction.SUBMIT, "ninhvan"),
                        tuple(DossierAction.RETURN, "congan"),
                        tuple(DossierAction.SUBMIT, "ninhvan"),
                        tuple(DossierAction.APPRAISE, "congan"));
        assertThat(dossiers.history(commune).get(1).getComment()).isEqualTo("Biên bản họp xét thiếu chữ ký");
        // each step is in the audit log as well, in the words of the UI and with who took it
        String target = jdbc.queryForObject("""
                select 'Hồ sơ ' || c.name || ' — năm 2023' from commune c where c.code = '22606'""", String.class);
        assertThat(jdbc.queryForList("""
                select username || ' | ' || detail from audit_log where action = 'DOSSIER_STEP' and target = ?
                order by id""", String.class, target))
                .containsExactly(
                        "ninhvan | Gửi đề nghị: Đang lập → Đã gửi đề nghị",
                        "congan | Trả lại bổ sung: Đã gửi đề nghị → Trả lại bổ sung. Ghi chú: Biên bản họp xét thiếu "
                                + "chữ ký",
                        "ninhvan | Gửi đề nghị: Trả lại bổ sung → Đã gửi đề nghị",
                        "congan | Thẩm định: Đã gửi đề nghị → Đã thẩm định. Ghi chú: Đủ điều kiện");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_log where action = 'ATTACHMENT_ADDED' and target = ?""", Integer.class,
                target)).isEqualTo(AttachmentKind.requiredFor(SubjectKind.COMMUNE).size());
    }

    /** A khu dân cư dossier through the commune-level steps, all recorded by the commune's officer. */
    private void recognizeArea(long area, CurrentUser officer) {
        prepareArea(area, officer);
        dossiers.decideArea(area, version(area), true, null,
                new DossierService.AreaDecision("31/QĐ-UBND", LocalDate.of(2023, 11, 20), "Lê Văn Tâm"), officer);
    }

    /** A khu dân cư dossier made ready for its commune's decision. */
    private void prepareArea(long area, CurrentUser officer) {
        dossiers.saveSelfAssessment(area, version(area), LocalDate.of(2023, 3, 1), null, allMet(area, officer),
                officer);
        dossiers.attach(area, AttachmentKind.BIEN_BAN, "bien-ban.pdf", PDF, officer);
        dossiers.submit(area, version(area), officer);
        dossiers.appraise(area, version(area), findingsAllMet(area, officer), true, null, officer);
    }

    private Map<Long, DossierService.SelfAssessment> allMet(long dossier, CurrentUser user) {
        Map<Long, DossierService.SelfAssessment> met = new HashMap<>();
        dossiers.assessments(dossier, user).forEach(a -> met.put(a.getCriterion().getId(),
                new DossierService.SelfAssessment(true, "Có biên bản kiểm tra")));
        return met;
    }

    private Map<Long, DossierService.Finding> findingsAllMet(long dossier, CurrentUser user) {
        Map<Long, DossierService.Finding> met = new HashMap<>();
        dossiers.assessments(dossier, user).forEach(a -> met.put(a.getCriterion().getId(),
                new DossierService.Finding(true, "Đạt")));
        return met;
    }

    private long version(long dossier) {
        return jdbc.queryForObject("select version from dossier where id = ?", Long.class, dossier);
    }

    @Test
    void theListShowsACommuneOfficerOnlyTheirCommunesDossiers() {
        CurrentUser steering = accounts.loadUserByUsername("bcd");
        dossiers.createAll(2023, dossiers.toCreate(2023, steering), steering);
        CurrentUser officer = accounts.loadUserByUsername("ninhtho");
        assertThat(dossiers.search(2023, null, null, null, null, PageRequest.of(0, 200), Scope.of(officer)).getContent())
                .isNotEmpty().allMatch(d -> d.getLocatedCommune().getCode().equals("22546"));
        assertThat(dossiers.search(2023, null, null, SubjectKind.COMMUNE, null, PageRequest.of(0, 200), Scope.of(steering))
                .getTotalElements()).isEqualTo(27);
    }
}
