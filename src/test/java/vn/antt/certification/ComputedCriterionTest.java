package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antt.support.OnceTokens.once;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.antt.account.AccountService;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/**
 * The 70% rule as the appraiser sees it: 25 khu dân cư of a commune valid in the year, 16 recognised, is 64,0% and
 * blocks "met"; 18 is 72,0% and lets it through; what the appraiser saw stays after the registry changes.
 */
@AnttIntegrationTest
class ComputedCriterionTest {

    private static final int YEAR = 2016;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DossierService dossiers;

    @Autowired
    EvaluationYears years;

    @Autowired
    AccountService accounts;

    @Test
    void sixteenOfTwentyFiveBlocksMetAndEighteenLetsItThrough() throws Exception {
        CurrentUser steering = accounts.loadUserByUsername("bcd");
        CurrentUser officer = accounts.loadUserByUsername("ninhhiep");
        long tt23 = jdbc.queryForObject("select id from criteria_set where code = 'TT23_2012'", Long.class);
        years.open(YEAR, tt23, new EvaluationYear.Details(BigDecimal.valueOf(95), null, null, null, null), steering);
        long commune = jdbc.queryForObject("select id from commune where code = '22528'", Long.class);
        int existing = jdbc.queryForObject("""
                select count(*) from residential_area where commune_id = ?
                  and (valid_from is null or valid_from <= make_date(?, 12, 31))
                  and (valid_to is null or valid_to >= make_date(?, 1, 1))""", Integer.class, commune, YEAR, YEAR);
        for (int i = existing + 1; i <= 25; i++) {
            jdbc.update("""
                    insert into residential_area (commune_id, name, kind, valid_from, valid_to, note)
                    values (?, ?, 'TO_DAN_PHO', make_date(?, 1, 1), make_date(?, 12, 31), 'Dữ liệu kiểm thử')""",
                    commune, "Tổ dân phố cũ " + i, YEAR, YEAR);
        }
        dossiers.createAll(YEAR, dossiers.toCreate(YEAR, steering), steering);
        long dossier = jdbc.queryForObject("""
                select d.id from dossier d join evaluation_year y on y.id = d.year_id
                where y.year = ? and d.commune_id = ?""", Long.class, YEAR, commune);
        List<Long> areas = jdbc.queryForList("""
                select d.id from dossier d join evaluation_year y on y.id = d.year_id
                join residential_area a on a.id = d.residential_area_id
                where y.year = ? and a.commune_id = ? order by d.id""", Long.class, YEAR, commune);
        assertThat(areas).hasSize(25);
        recognize(areas.subList(0, 16));

        Map<Long, DossierService.SelfAssessment> met = new HashMap<>();
        dossiers.assessments(dossier, officer).forEach(a -> met.put(a.getCriterion().getId(),
                new DossierService.SelfAssessment(true, null)));
        dossiers.saveSelfAssessment(dossier, version(dossier), null, null, met, officer);
        for (AttachmentKind kind : AttachmentKind.requiredFor(SubjectKind.COMMUNE)) {
            dossiers.attach(dossier, kind, kind + ".pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), officer);
        }
        dossiers.submit(dossier, version(dossier), officer);

        MockHttpSession appraiser = Sessions.demo(mvc, "congan");
        assertThat(page(dossier, appraiser)).contains(
                "Khu dân cư được công nhận: 16/25 = 64,0% — Không đạt (cần ≥ 70%, tối thiểu 18)");
        String refused = HtmlUtils.htmlUnescape(appraise(dossier, appraiser).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString());
        assertThat(refused).contains("Không kết luận “Đạt” được khi còn tiêu chí không đạt hoặc chỉ tiêu tính tự động chưa đạt.");
        assertThat(jdbc.queryForObject("select state from dossier where id = ?", String.class, dossier))
                .isEqualTo("SUBMITTED");

        recognize(areas.subList(16, 18));
        assertThat(page(dossier, appraiser)).contains(
                "Khu dân cư được công nhận: 18/25 = 72,0% — Đạt (cần ≥ 70%, tối thiểu 18)");
        appraise(dossier, appraiser).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select state from dossier where id = ?", String.class, dossier))
                .isEqualTo("APPRAISED");

        // the registry moves on: the page shows what the appraiser judged, dated, and today's figure beside it
        recognize(areas.subList(18, 20));
        String after = page(dossier, appraiser);
        assertThat(after).contains("Khu dân cư được công nhận: 18/25 = 72,0% — Đạt", "Số liệu lúc thẩm định (",
                "Hiện nay: 20/25 = 80,0%", "Lúc gửi đề nghị", "): 16/25 = 64,0%", "Lúc thẩm định", "): 18/25 = 72,0%");
        assertThat(after).doesNotContain("Khu dân cư được công nhận: 20/25");
    }

    /** The commune's own decisions on its khu dân cư, as its officer records them (here straight into the table). */
    private void recognize(List<Long> areas) {
        areas.forEach(area -> jdbc.update("update dossier set state = 'RECOGNIZED' where id = ?", area));
    }

    private org.springframework.test.web.servlet.ResultActions appraise(long dossier, MockHttpSession appraiser)
            throws Exception {
        var request = post("/dossiers/{id}/appraisal", dossier).session(appraiser).with(once())
                .param("version", String.valueOf(version(dossier))).param("conclusion", "MET");
        for (Long criterion : jdbc.queryForList("""
                select criterion_id from dossier_assessment where dossier_id = ?""", Long.class, dossier)) {
            request.param("criterion_" + criterion, "1").param("finding_" + criterion, "MET");
        }
        return mvc.perform(request);
    }

    private String page(long dossier, MockHttpSession session) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get("/dossiers/{id}", dossier).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private long version(long dossier) {
        return jdbc.queryForObject("select version from dossier where id = ?", Long.class, dossier);
    }
}
