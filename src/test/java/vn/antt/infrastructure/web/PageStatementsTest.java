package vn.antt.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;
import vn.antt.support.StatementCounter;
import vn.antt.support.StatementCounter.Counted;

/**
 * Each main page runs a small, fixed number of SQL statements (issue 15 §2): the page's own queries and the layout's
 * (user, year selector, work queue) together; the evaluation years come from memory ({@code KnownYears}). The count
 * is of a request after the user's first, as under load; the demo's largest records are used so that an N+1 shows.
 */
@AnttIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageStatementsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    MockHttpSession bcd;

    @BeforeAll
    void logIn() throws Exception {
        bcd = Sessions.demo(mvc, "bcd");
    }

    Stream<Arguments> pages() {
        long organization = jdbc.queryForObject("""
                select o.id from organization o left join dossier d on d.organization_id = o.id
                group by o.id order by count(d.id) desc, o.id limit 1""", Long.class);
        long model = jdbc.queryForObject("""
                select m.id from self_managed_model m order by m.id limit 1""", Long.class);
        String commune = "22567";
        long dossier = jdbc.queryForObject("""
                select d.id from dossier d join commune c on c.id = d.commune_id join evaluation_year y on y.id = d.year_id
                where c.code = '22567' and y.year = 2022""", Long.class);
        long decision = jdbc.queryForObject("select id from recognition_decision where number = '2580/QĐ-UBND'",
                Long.class);
        return Stream.of(
                Arguments.of("/?year=2022", 10),
                Arguments.of("/?year=2023", 10),
                Arguments.of("/organizations", 10),
                Arguments.of("/organizations?q=trường", 10),
                Arguments.of("/organizations/" + organization, 10),
                Arguments.of("/models", 10),
                Arguments.of("/models/" + model, 10),
                Arguments.of("/communes", 10),
                // a commune's page is several pages in one (its khu dân cư, organizations, models and their counters,
                // the year's figures, its record)
                Arguments.of("/communes/" + commune, 10),
                Arguments.of("/dossiers?year=2023", 10),
                Arguments.of("/dossiers?year=2022", 10),
                Arguments.of("/dossiers/" + dossier, 10),
                Arguments.of("/decisions?year=2022", 10),
                Arguments.of("/decisions/" + decision, 10),
                // the year-end report page: the whole report of a closed year, kept as figures
                Arguments.of("/reports/year-end?year=2022", 10));
    }

    @ParameterizedTest(name = "{0} ≤ {1} statements")
    @MethodSource("pages")
    void aPageRunsFewStatements(String url, int bound) throws Exception {
        mvc.perform(get(url).session(bcd)).andExpect(status().isOk());
        Counted<String> counted = StatementCounter.count(() -> mvc.perform(get(url).session(bcd))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        System.out.printf("%-40s %3d statements%n", url, counted.count());
        counted.statements().stream().map(sql -> sql.replaceAll("\\s+", " ").strip())
                .map(sql -> sql.substring(0, Math.min(sql.length(), 120)))
                .collect(Collectors.groupingBy(sql -> sql, LinkedHashMap::new, Collectors.counting()))
                .forEach((sql, times) -> System.out.printf("    %3d × %s%n", times, sql));
        assertThat(counted.result()).contains("<html");
        // the session's own statements (Spring Session JDBC, issue 16 §4) are counted apart: the same on every page
        List<String> session = counted.statements().stream().filter(PageStatementsTest::ofTheSession).toList();
        List<String> page = counted.statements().stream().filter(sql -> !ofTheSession(sql)).toList();
        assertThat(page).as(url + " runs at most " + bound + " statements").hasSizeLessThanOrEqualTo(bound);
        // Spring Session reads the session, records the request's time, and reads it once more as it finishes a
        // response already sent (a page bigger than the buffer); no second read for Spring Security's check
        assertThat(session).as(url + ": the session's own statements").hasSizeLessThanOrEqualTo(3);
    }

    private static boolean ofTheSession(String sql) {
        return sql.toUpperCase(java.util.Locale.ROOT).contains("SPRING_SESSION");
    }
}
