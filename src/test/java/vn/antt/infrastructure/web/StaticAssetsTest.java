package vn.antt.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/**
 * A page's links to the app's own CSS/JS carry a content hash and WebJars links their version, both served with a
 * year-long cache lifetime; ordinary links are left exactly as written (issue 15 §1).
 */
@AnttIntegrationTest
class StaticAssetsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void staticLinksAreVersionedAndOrdinaryLinksAreUnchanged() throws Exception {
        String html = mvc.perform(get("/organizations").session(Sessions.demo(mvc, "bcd")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);

        List<String> styles = page.select("link[rel=stylesheet]").eachAttr("href");
        List<String> scripts = page.select("script[src]").eachAttr("src");
        assertThat(styles).anyMatch(href -> href.matches("/css/antt-[0-9a-f]{32}\\.css"))
                .anyMatch(href -> href.matches("/css/fonts-[0-9a-f]{32}\\.css"))
                .contains("/webjars/bootstrap/5.3.8/css/bootstrap.min.css");
        assertThat(scripts).anyMatch(src -> src.matches("/js/app-[0-9a-f]{32}\\.js"))
                .contains("/webjars/bootstrap/5.3.8/js/bootstrap.bundle.min.js");

        Element firstRow = page.selectFirst("a[href^=/organizations/]");
        assertThat(firstRow).as("a link to one organization").isNotNull();
        assertThat(firstRow.attr("href")).matches("/organizations/\\d+(\\?.*)?");
        assertThat(page.select("a[href]").eachAttr("href")).as("ordinary links are left as written")
                .contains("/models", "/communes", "/dossiers");

        for (String asset : List.of(styles.stream().filter(h -> h.startsWith("/css/antt-")).findFirst().orElseThrow(),
                scripts.stream().filter(s -> s.startsWith("/js/app-")).findFirst().orElseThrow(),
                "/webjars/bootstrap/5.3.8/css/bootstrap.min.css")) {
            MockHttpServletResponse response = mvc.perform(get(asset)).andExpect(status().isOk()).andReturn()
                    .getResponse();
            assertThat(response.getContentAsByteArray()).as(asset).isNotEmpty();
            assertThat(response.getHeader("Cache-Control")).as(asset).contains("max-age=31536000", "public");
        }
        mvc.perform(get("/css/antt-00000000000000000000000000000000.css")).andExpect(status().isNotFound());
    }
}
