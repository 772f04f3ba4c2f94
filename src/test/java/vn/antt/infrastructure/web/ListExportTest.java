package vn.antt.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/**
 * Every filtered list's "Xuất Excel" link carries the list's filters, and the workbook it downloads holds exactly as
 * many rows as the list says it has ("Tổng số: N"): the list and its export read one filter object (issue 17 §3).
 */
@AnttIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListExportTest {

    private static final Pattern TOTAL = Pattern.compile("Tổng số: ([0-9.]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    Stream<Arguments> lists() {
        long issuer = jdbc.queryForObject("select min(id) from commendation_issuer", Long.class);
        long type = jdbc.queryForObject("select id from model_type where code = 'TO_TU_QUAN'", Long.class);
        return Stream.of(
                Arguments.of("bcd", "/organizations?q=trường&kind=SCHOOL&status=ALL&sort=-name"),
                Arguments.of("bcd", "/organizations?commune=22567&sort=kind"),
                Arguments.of("ninhthuy", "/organizations?kind=ENTERPRISE"),
                Arguments.of("bcd", "/models?type=" + type + "&status=ACTIVE&sort=founded"),
                Arguments.of("bcd", "/models?q=camera&year=2022"),
                Arguments.of("bcd", "/dossiers?year=2022&kind=COMMUNE&result=RECOGNIZED"),
                Arguments.of("bcd", "/dossiers?year=2022&commune=22567"),
                Arguments.of("bcd", "/commendations?year=2022&issuer=" + issuer),
                Arguments.of("bcd", "/commendations?recipient=COLLECTIVE"),
                Arguments.of("bcd", "/communes?q=ninh thuy"),
                Arguments.of("bcd", "/communes?streak=2"),
                Arguments.of("bcd", "/years/2022/roster?manager=TOWN"),
                Arguments.of("admin", "/admin/audit?action=LOGIN_SUCCEEDED"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("lists")
    void theExportHoldsTheRowsTheListCounts(String user, String url) throws Exception {
        var session = Sessions.demo(mvc, user);
        String page = mvc.perform(get(url).session(session)).andReturn().getResponse().getContentAsString();
        Matcher total = TOTAL.matcher(Jsoup.parse(page).text());
        assertThat(total.find()).as(url + " says how many rows it has").isTrue();
        int listed = Integer.parseInt(total.group(1).replace(".", ""));

        Element link = Jsoup.parse(page).select("a[href*=.xlsx]").stream()
                .filter(a -> a.text().equals("Xuất Excel")).findFirst().orElseThrow();
        String href = link.attr("href");
        Map<String, String> pageParams = params(url);
        pageParams.remove("year");
        assertThat(params(href)).as("the export link keeps the list's filters").containsAllEntriesOf(pageParams);

        // the link as a browser follows it: already encoded
        var started = mvc.perform(get(java.net.URI.create(href)).session(session)).andReturn();
        byte[] workbook = mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook excel = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(excel.getSheetAt(0).getPhysicalNumberOfRows() - 1).as(href + " rows").isEqualTo(listed);
        }
    }

    private static Map<String, String> params(String url) {
        int question = url.indexOf('?');
        if (question < 0) {
            return new LinkedHashMap<>();
        }
        return Arrays.stream(url.substring(question + 1).replace("&amp;", "&").split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> pair.length > 1 ? decode(pair[1]) : "",
                        (a, b) -> a, LinkedHashMap::new));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
