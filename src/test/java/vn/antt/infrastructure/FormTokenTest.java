package vn.antt.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;
import vn.antt.infrastructure.web.once.FormTokens;
import vn.antt.infrastructure.web.once.OnceOnlyFilter;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;
import vn.antt.support.StateChangingMappings;
import vn.antt.support.WebSession;

/**
 * Every state-changing handler refuses a request that does not carry a form token issued to its user, before anything
 * happens: a script, a forged or borrowed token, a form of another session's user.
 */
@AnttIntegrationTest
class FormTokenTest {

    static final String REFUSAL = "Biểu mẫu đã cũ hoặc không hợp lệ";

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    FormTokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void everyStateChangingHandlerRefusesARequestWithoutAValidToken() throws Exception {
        // the administrator passes every address rule, so that only the token stands in the way
        MockHttpSession admin = Sessions.demo(mvc, "admin");
        String othersToken = tokens.issue("bcd");
        List<String> checked = StateChangingMappings.of(mappings).stream()
                .filter(mapping -> !OnceOnlyFilter.EXEMPT_PATHS.contains(mapping.substring(mapping.indexOf(' ') + 1)))
                .toList();
        assertThat(checked).hasSizeGreaterThan(50);
        Map<String, String> before = quietLastWrite();
        for (String mapping : checked) {
            String method = mapping.substring(0, mapping.indexOf(' '));
            String path = samplePath(mapping.substring(mapping.indexOf(' ') + 1));
            for (String token : new String[] {null, "", "forged.token", othersToken, tokens.issue("admin") + "x"}) {
                var request = request(HttpMethod.valueOf(method), path).session(admin).with(csrf())
                        .param("version", "0").param("year", "2023").param("kind", "organizations");
                if (token != null) {
                    request.param(FormTokens.FIELD, token);
                }
                MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                assertThat(response.getStatus()).as(mapping + " with token " + token).isEqualTo(400);
                assertThat(response.getErrorMessage()).as(mapping).startsWith(REFUSAL);
            }
        }
        assertThat(lastWrite()).as("not one row was written anywhere").isEqualTo(before);
    }

    @Test
    void aFormCarriesATokenOfItsUserAndAFilterFormNone() throws Exception {
        MockHttpSession officer = Sessions.demo(mvc, "ninhthuy");
        String form = mvc.perform(get("/organizations/new").session(officer)).andReturn().getResponse()
                .getContentAsString();
        List<String> sent = WebSession.hiddenValues(form, FormTokens.FIELD);
        assertThat(sent).isNotEmpty().allSatisfy(token -> {
            assertThat(tokens.verify(token, "ninhthuy")).isNotNull();
            assertThat(tokens.verify(token, "ninhtho")).as("bound to its user").isNull();
        });
        assertThat(sent).doesNotHaveDuplicates();
        assertThat(WebSession.hiddenValues(form, "_csrf")).as("CSRF keeps working").isNotEmpty();
        String list = mvc.perform(get("/organizations").session(officer)).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("method=\"get\"");
    }

    @Test
    void theRefusalIsAVietnamesePageAndChangesNothing() {
        WebSession officer = WebSession.login(port, "ninhthuy");
        Map<String, String> before = quietLastWrite();
        HttpResponse<String> refused = officer.post("/organizations/new", Map.of("name", "Công ty Không Token",
                "kind", "ENTERPRISE"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(HtmlUtils.htmlUnescape(refused.body())).contains(REFUSAL, "tải lại trang");
        assertThat(lastWrite()).isEqualTo(before);
    }

    /**
     * The newest write once the database is quiet: an earlier test's request may still be recording its form token
     * after its answer went out (the claim is completed after the redirect is sent).
     */
    private Map<String, String> quietLastWrite() {
        Map<String, String> last = lastWrite();
        for (int i = 0; i < 40; i++) {
            try {
                Thread.sleep(250);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
            Map<String, String> now = lastWrite();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    /**
     * Every table's rows and the newest transaction that wrote one of them: it moves with every write anywhere,
     * except in the sessions, which Spring Session writes on every request (the time of the user's last request).
     */
    private Map<String, String> lastWrite() {
        Map<String, String> tables = new TreeMap<>();
        for (String table : jdbc.queryForList("select tablename from pg_tables where schemaname = current_schema() "
                + "and tablename not in ('spring_session', 'spring_session_attributes')", String.class)) {
            tables.put(table, jdbc.queryForObject("select count(*) || ':' || coalesce(max(xmin::text::bigint), 0) "
                    + "from \"" + table + "\"", String.class));
        }
        return tables;
    }

    private static String samplePath(String pattern) {
        return pattern.replace("{code}", "22540").replace("{year}", "2023").replaceAll("\\{[^}]+}", "1");
    }
}
