package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.antt.support.OnceTokens.once;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/**
 * The legal basis of each year (issue 13 §5): TT 23/2012 was replaced by TT 124/2021 from 10/02/2022, so opening or
 * adjusting a year on it after that asks for confirmation naming the replacing act; the year page says which set
 * the year used. 2024 stays unopened (YearsWithinReasonTest).
 */
@AnttIntegrationTest
class CriteriaSetValidityTest {

    private static final String REPLACED = "Thông tư 23/2012/TT-BCA đã hết hiệu lực từ ngày 10/02/2022 "
            + "(được thay thế bởi Thông tư 124/2021/TT-BCA)";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void openingAYearOnAReplacedSetAsksForConfirmationAndOpensNothing() throws Exception {
        MockHttpSession steering = Sessions.demo(mvc, "bcd");
        String page = HtmlUtils.htmlUnescape(mvc.perform(post("/years").session(steering).with(once())
                        .param("year", "2024").param("targetPct", "95")
                        .param("criteriaSetId", setId("TT23_2012")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains(REPLACED, "is-invalid", "Tôi xác nhận xét năm này theo bộ tiêu chí đã được thay thế",
                "Thông tư 23/2012/TT-BCA (hiệu lực từ 18/06/2012 đến 09/02/2022; được thay thế bởi Thông tư 124/2021/TT-BCA)");
        assertThat(jdbc.queryForObject("select count(*) from evaluation_year where year = 2024", Integer.class))
                .isZero();
    }

    @Test
    void adjustingTheDemosOpenYearOnTheOldCircularNeedsTheConfirmationAndThePageSaysWhy() throws Exception {
        MockHttpSession steering = Sessions.demo(mvc, "bcd");
        String year = HtmlUtils.htmlUnescape(mvc.perform(get("/years/2023").session(steering))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(year).contains("Căn cứ: Thông tư 23/2012/TT-BCA",
                "Năm 2023 được xét theo Thông tư 23/2012/TT-BCA, như các văn bản của thị xã thời kỳ này, dù từ ngày "
                        + "10/02/2022 Thông tư 23/2012/TT-BCA đã được thay thế bởi Thông tư 124/2021/TT-BCA.");
        assertThat(HtmlUtils.htmlUnescape(mvc.perform(get("/years/2022").session(steering))
                .andReturn().getResponse().getContentAsString()))
                .contains("Từ ngày 10/02/2022 bộ tiêu chí này được thay thế bởi Thông tư 124/2021/TT-BCA.");

        Map<String, Object> before = jdbc.queryForMap("""
                select version, target_pct, to_char(registration_deadline, 'DD/MM/YYYY') as registration,
                       to_char(submission_deadline, 'DD/MM/YYYY') as submission,
                       to_char(appraisal_deadline, 'DD/MM/YYYY') as appraisal,
                       to_char(recognition_deadline, 'DD/MM/YYYY') as recognition
                from evaluation_year where year = 2023""");
        String refused = HtmlUtils.htmlUnescape(mvc.perform(adjust2023(steering, before, "95"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused).contains(REPLACED);
        assertThat(jdbc.queryForObject("select version from evaluation_year where year = 2023", Long.class))
                .isEqualTo(((Number) before.get("version")).longValue());

        // confirmed, the adjustment is saved; then the year is put back as it was
        mvc.perform(adjust2023(steering, before, "96").param("replacedSetConfirmed", "true"))
                .andExpect(redirectedUrl("/years/2023"));
        assertThat(jdbc.queryForObject("select target_pct from evaluation_year where year = 2023", Integer.class))
                .isEqualTo(96);
        Map<String, Object> after = new java.util.HashMap<>(before);
        after.put("version", jdbc.queryForObject("select version from evaluation_year where year = 2023", Long.class));
        mvc.perform(adjust2023(steering, after, ((Number) before.get("target_pct")).toString().replace('.', ','))
                        .param("replacedSetConfirmed", "true"))
                .andExpect(redirectedUrl("/years/2023"));
        assertThat(jdbc.queryForObject("select target_pct from evaluation_year where year = 2023", java.math.BigDecimal.class))
                .isEqualByComparingTo((java.math.BigDecimal) before.get("target_pct"));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder adjust2023(
            MockHttpSession session, Map<String, Object> year, String targetPct) {
        return post("/years/2023").session(session).with(once()).param("year", "2023")
                .param("version", String.valueOf(year.get("version")))
                .param("targetPct", targetPct)
                .param("registrationDeadline", (String) year.get("registration"))
                .param("submissionDeadline", (String) year.get("submission"))
                .param("appraisalDeadline", (String) year.get("appraisal"))
                .param("recognitionDeadline", (String) year.get("recognition"));
    }

    private String setId(String code) {
        return String.valueOf(jdbc.queryForObject("select id from criteria_set where code = ?", Long.class, code));
    }

    @Test
    void everyCircularIsCitedInFullWithItsDate() {
        // a decision's "Căn cứ" line prints the set's citation: number, date, issuer and subject, as a clerk writes it
        assertThat(jdbc.queryForList("select code, citation from criteria_set where code in ('TT23_2012', 'TT124_2021')"))
                .extracting(row -> row.get("code") + ": " + row.get("citation"))
                .containsExactlyInAnyOrder(
                        "TT23_2012: Thông tư số 23/2012/TT-BCA ngày 27 tháng 4 năm 2012 của Bộ trưởng Bộ Công an quy "
                                + "định về khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, nhà trường đạt "
                                + "tiêu chuẩn “An toàn về an ninh, trật tự”",
                        "TT124_2021: Thông tư số 124/2021/TT-BCA ngày 28 tháng 12 năm 2021 của Bộ trưởng Bộ Công an quy "
                                + "định về khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục đạt "
                                + "tiêu chuẩn “An toàn về an ninh, trật tự”");
    }
}
