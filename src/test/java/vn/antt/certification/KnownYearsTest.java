package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.antt.support.OnceTokens.once;
import static vn.antt.support.YearSelector.options;
import static vn.antt.support.YearSelector.selected;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;
import vn.antt.certification.internal.EvaluationYearRepository;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;
import vn.antt.support.StatementCounter;

/**
 * The evaluation years every page's layout needs are kept in memory (issue 15 §2), yet a year opened, adjusted,
 * closed or deleted shows on the very next page. Uses 2024 for a moment (opened under Thông tư 124/2021/TT-BCA and
 * removed again at the end: 2024 stays unopened for the other tests).
 */
@AnttIntegrationTest
class KnownYearsTest {

    private static final int YEAR = 2024;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KnownYears knownYears;

    @Autowired
    EvaluationYearRepository repository;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aYearOpenedAdjustedClosedOrDeletedShowsAtOnce() throws Exception {
        MockHttpSession steering = Sessions.demo(mvc, "bcd");
        // a page seen before the change, so that the years are in memory
        assertThat(options(page(steering, "/organizations?year=2022"))).doesNotContain(String.valueOf(YEAR));
        assertThat(StatementCounter.count(() -> page(steering, "/organizations")).statements())
                .as("the years come from memory")
                .noneMatch(sql -> sql.replaceAll("\\s+", " ").matches("select [^()]* from evaluation_year.*"));
        try {
            long tt124 = jdbc.queryForObject("select id from criteria_set where code = 'TT124_2021'", Long.class);
            mvc.perform(post("/years").session(steering).with(once()).param("year", String.valueOf(YEAR))
                            .param("criteriaSetId", String.valueOf(tt124)).param("targetPct", "95"))
                    .andExpect(redirectedUrl("/years/" + YEAR));

            // opened: offered by the selector, and the current year of a user who has not chosen one
            assertThat(options(page(steering, "/organizations"))).contains(String.valueOf(YEAR));
            MockHttpSession fresh = Sessions.demo(mvc, "bcd");
            assertThat(selected(page(fresh, "/organizations"))).isEqualTo(String.valueOf(YEAR));

            // adjusted: the year-end report's target is the new one
            long version = jdbc.queryForObject("select version from evaluation_year where year = ?", Long.class, YEAR);
            mvc.perform(post("/years/" + YEAR).session(steering).with(once()).param("year", String.valueOf(YEAR))
                            .param("targetPct", "90")
                            .param("version", String.valueOf(version)))
                    .andExpect(redirectedUrl("/years/" + YEAR));
            assertThat(knownYears.find(YEAR).orElseThrow().targetPct()).isEqualByComparingTo("90");

            // closed: no longer anybody's current year; the open demo year is again
            mvc.perform(post("/years/" + YEAR + "/close").session(steering).with(once()))
                    .andExpect(redirectedUrl("/years/" + YEAR));
            assertThat(knownYears.find(YEAR).orElseThrow().isClosed()).isTrue();
            assertThat(selected(page(Sessions.demo(mvc, "bcd"), "/organizations"))).isEqualTo("2023");

            // deleted (the app has no such form; through JPA, as any future one would): gone from the selector
            jdbc.update("delete from year_figures where year_id in (select id from evaluation_year where year = ?)",
                    YEAR);
            transactions.executeWithoutResult(status -> repository.delete(repository.findByYear(YEAR).orElseThrow()));
            assertThat(options(page(steering, "/organizations?year=2022"))).doesNotContain(String.valueOf(YEAR))
                    .isEqualTo(jdbc.queryForList("select year::text from evaluation_year order by year desc",
                            String.class));
        }
        finally {
            jdbc.update("delete from year_figures where year_id in (select id from evaluation_year where year = ?)",
                    YEAR);
            jdbc.update("delete from evaluation_year where year = ?", YEAR);
            knownYears.forget();
        }
    }

    private String page(MockHttpSession session, String url) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(url).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
