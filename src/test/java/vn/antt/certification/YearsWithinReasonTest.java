package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antt.support.OnceTokens.once;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.antt.support.YearSelector.options;
import static vn.antt.support.YearSelector.selected;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/**
 * A year opens only if plausible, an officer's home page explains a year without their commune, and the year
 * selector offers the evaluation years and shows the year of the page it is on.
 */
@AnttIntegrationTest
class YearsWithinReasonTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KnownYears knownYears;

    @Autowired
    Clock clock;

    @Autowired
    EvaluationYears years;

    @Test
    void anImplausibleYearIsRefusedOnItsFieldAndTheFormIsShownAgain() throws Exception {
        MockHttpSession steering = Sessions.demo(mvc, "bcd");
        int thisYear = LocalDate.now(clock).getYear();
        int lastCommuneYear = jdbc.queryForObject("""
                select max(extract(year from coalesce(c.valid_to, date '9999-12-31')))::int
                from commune c join district d on d.id = c.district_id where d.code = '572'""", Integer.class);

        assertRefused(steering, open("2011", "TT23_2012"), "Năm xét không được trước năm 2012");
        assertRefused(steering, open(String.valueOf(thisYear + 2), "TT23_2012"),
                "Chỉ mở được năm xét đến hết năm sau của năm hiện tại");
        // the district's communes ended with the 2025 reform: a later year has none of them
        assertThat(lastCommuneYear).isLessThan(thisYear + 1);
        assertRefused(steering, open(String.valueOf(thisYear + 1), "TT23_2012"),
                "các xã, phường của thị xã không còn tồn tại");
        assertRefused(steering, open("2015", "TT124_2021"), "Bộ tiêu chí này chưa có hiệu lực trong năm xét");
        assertRefused(steering, open("2024", "TT23_2012") + "&recognitionDeadline=15/04/2025",
                "chậm nhất ngày 31/03 năm sau");
        assertRefused(steering, open("2024", "TT23_2012") + "&registrationDeadline=31/12/2023",
                "chậm nhất ngày 31/03 năm sau");
        assertThat(jdbc.queryForObject("""
                select count(*) from evaluation_year where year in (2011, 2024, ?, ?)""", Integer.class,
                thisYear + 1, thisYear + 2)).isZero();

        // a year's deadlines may not move out of it either
        String version = jdbc.queryForObject("select version from evaluation_year where year = 2023", String.class);
        String page = HtmlUtils.htmlUnescape(mvc.perform(post("/years/2023").session(steering).with(once())
                        .param("version", version).param("targetPct", "95").param("recognitionDeadline", "02/04/2024"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("chậm nhất ngày 31/03 năm sau");
        assertThat(jdbc.queryForObject("select recognition_deadline from evaluation_year where year = 2023",
                String.class)).isEqualTo("2023-12-25");
    }

    @Test
    void anOfficersHomePageExplainsAYearWithoutTheirCommune() throws Exception {
        // Xã Ninh Vân was merged on 31/10/2024; 2025's results are recorded from the old files
        years.closedForImport(2025, "bcd");
        try {
            MockHttpSession officer = Sessions.demo(mvc, "ninhvan");
            String home = HtmlUtils.htmlUnescape(mvc.perform(get("/?year=2025").session(officer))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(home).contains("Xã, phường của bạn không tồn tại trong năm 2025");
            assertThat(selected(home)).isEqualTo("2025");
            assertThat(HtmlUtils.htmlUnescape(mvc.perform(get("/?year=2023").session(officer))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()))
                    .doesNotContain("không tồn tại trong năm");
        }
        finally {
            // a year of the test's own, which the other tests' streaks and figures must not see
            jdbc.update("delete from evaluation_year where year = 2025");
            // deleted by SQL, behind the app's back: the years the app keeps in memory are told
            knownYears.forget();
        }
    }

    @Test
    void theYearSelectorOffersTheEvaluationYearsAndShowsThePagesYear() throws Exception {
        MockHttpSession steering = Sessions.demo(mvc, "bcd");
        List<String> evaluationYears = jdbc.queryForList(
                "select year::text from evaluation_year order by year desc", String.class);

        String report = page(steering, "/reports/year-end?year=2022");
        assertThat(selected(report)).isEqualTo("2022");
        assertThat(options(report)).isEqualTo(evaluationYears);

        long dossier = jdbc.queryForObject("""
                select min(d.id) from dossier d join evaluation_year y on y.id = d.year_id where y.year = 2023""",
                Long.class);
        assertThat(selected(page(steering, "/dossiers/" + dossier))).as("a 2023 dossier, 2022 chosen before")
                .isEqualTo("2023");
        assertThat(selected(page(steering, "/dossiers"))).as("the session follows the page").isEqualTo("2023");
        assertThat(selected(page(steering, "/years/2021/roster"))).isEqualTo("2021");
        assertThat(selected(page(steering, "/years/2020"))).isEqualTo("2020");

        // choosing another year on a page bound to one leads to the same page, or the list, of that year
        mvc.perform(get("/select-year").session(steering).param("year", "2022").param("to", "/years/{year}/roster"))
                .andExpect(redirectedUrl("/years/2022/roster"));
        mvc.perform(get("/select-year").session(steering).param("year", "2021").param("to", "/dossiers"))
                .andExpect(redirectedUrl("/dossiers"));
        assertThat(selected(page(steering, "/dossiers"))).isEqualTo("2021");
        mvc.perform(get("/select-year").session(steering).param("year", "2021").param("to", "//evil.example"))
                .andExpect(redirectedUrl("/"));
    }

    private String open(String year, String criteriaSet) {
        return "year=" + year + "&targetPct=95&criteriaSetId=" + jdbc.queryForObject(
                "select id from criteria_set where code = ?", Long.class, criteriaSet);
    }

    private void assertRefused(MockHttpSession steering, String form, String message) throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(post("/years").session(steering).with(once())
                        .contentType("application/x-www-form-urlencoded").content(form))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).as(form).contains(message).contains("is-invalid");
    }

    private String page(MockHttpSession session, String url) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(url).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
