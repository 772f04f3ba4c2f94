package vn.antt.tmp;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

@AnttIntegrationTest
class DumpTest {
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    @Test
    void dump() throws Exception {
        var s = Sessions.demo(mvc, "bcd");
        Files.write(Path.of("/tmp/report.pdf"), mvc.perform(get("/reports/year-end.pdf?year=2022").session(s)).andReturn().getResponse().getContentAsByteArray());
        long d = jdbc.queryForObject("select id from recognition_decision where number = '2581/QĐ-UBND'", Long.class);
        Files.write(Path.of("/tmp/decision.pdf"), mvc.perform(get("/decisions/" + d + ".pdf").session(s)).andReturn().getResponse().getContentAsByteArray());
        Files.write(Path.of("/tmp/certs.pdf"), mvc.perform(get("/decisions/" + d + "/certificates.pdf").session(s)).andReturn().getResponse().getContentAsByteArray());
        long x = jdbc.queryForObject("select d.id from dossier d join commune c on c.id = d.commune_id join evaluation_year y on y.id = d.year_id where c.code = '22579' and y.year = 2023", Long.class);
        Files.write(Path.of("/tmp/sheet.pdf"), mvc.perform(get("/dossiers/" + x + "/self-scoring.pdf").session(s)).andReturn().getResponse().getContentAsByteArray());
    }
}
