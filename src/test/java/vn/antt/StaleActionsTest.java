package vn.antt;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antt.support.OnceTokens.once;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/**
 * Every edit and action carries the version its page showed: sent again over a version someone saved since, it
 * changes nothing and leads back to the current record with the stale-data message, never to the generic 409 page.
 */
@AnttIntegrationTest
class StaleActionsTest {

    private static final String STALE = "Dữ liệu đã được người khác cập nhật trong lúc bạn đang xem";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void catalogueRenamesOverAStaleVersionChangeNothing() throws Exception {
        MockHttpSession admin = Sessions.demo(mvc, "admin");

        long type = jdbc.queryForObject("""
                insert into model_type (code, name, position) values ('STALE_TEST', 'Tổ kiểm thử', 99)
                returning id""", Long.class);
        String seen = version("model_type", type);
        mvc.perform(post("/admin/model-types/{id}", type).session(admin).with(once()).param("version", seen)
                .param("name", "Tổ kiểm thử (tab 1)")).andExpect(flash().attribute("success", "modelType.updated"));
        stale(admin, post("/admin/model-types/{id}", type).param("version", seen).param("name", "Tổ kiểm thử (tab 2)"),
                "/admin/model-types");
        stale(admin, post("/admin/model-types/{id}/retire", type).param("version", seen).param("retired", "true"),
                "/admin/model-types");
        assertThat(jdbc.queryForMap("select name, retired from model_type where id = ?", type))
                .isEqualTo(Map.of("name", "Tổ kiểm thử (tab 1)", "retired", false));

        long issuer = jdbc.queryForObject("""
                insert into commendation_issuer (code, name, position) values ('STALE_TEST', 'Cấp khen kiểm thử', 99)
                returning id""", Long.class);
        String issuerSeen = version("commendation_issuer", issuer);
        mvc.perform(post("/admin/commendation-issuers").session(admin).with(once()).param("id", String.valueOf(issuer))
                .param("version", issuerSeen).param("name", "Cấp khen kiểm thử 1").param("position", "98"))
                .andExpect(flash().attribute("success", "issuer.saved"));
        stale(admin, post("/admin/commendation-issuers").param("id", String.valueOf(issuer))
                .param("version", issuerSeen).param("name", "Cấp khen kiểm thử 2").param("position", "97")
                .param("retired", "true"), "/admin/commendation-issuers");
        assertThat(jdbc.queryForMap("select name, position, retired from commendation_issuer where id = ?", issuer))
                .isEqualTo(Map.of("name", "Cấp khen kiểm thử 1", "position", 98, "retired", false));

        long criterion = jdbc.queryForObject("""
                select c.id from criterion c join criteria_set s on s.id = c.set_id
                where s.code = 'TT124_2021' and c.article = 4 and c.clause = 1""", Long.class);
        String criterionSeen = version("criterion", criterion);
        mvc.perform(post("/admin/criteria/{id}", criterion).session(admin).with(once()).param("set", "TT124_2021")
                .param("version", criterionSeen).param("text", "Nội dung tiêu chí đã sửa lần 1"))
                .andExpect(flash().attribute("success", "criteria.text.saved"));
        stale(admin, post("/admin/criteria/{id}", criterion).param("set", "TT124_2021")
                .param("version", criterionSeen).param("text", "Nội dung tiêu chí sửa lần 2"),
                "/admin/criteria?set=TT124_2021");
        assertThat(jdbc.queryForObject("select text from criterion where id = ?", String.class, criterion))
                .isEqualTo("Nội dung tiêu chí đã sửa lần 1");

        // an account disabled over a version its list did not show (a stale list) stays as it is
        long account = jdbc.queryForObject("select id from user_account where username = 'congan2'", Long.class);
        stale(admin, post("/admin/users/{id}/disable", account).param("version", "-1"), "/admin/users");
        assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, account))
                .isTrue();
    }

    @Test
    void aModelAssessmentSavedMeanwhileIsNotOverwrittenUnseen() throws Exception {
        long commune = jdbc.queryForObject("select id from commune where code = '22591'", Long.class);
        long model = jdbc.queryForObject("""
                insert into self_managed_model (name, type_id, commune_id, founded_on, status_since)
                values ('Tổ tự quản kiểm thử phiên bản', (select min(id) from model_type), ?, date '2024-02-01',
                        date '2024-02-01') returning id""", Long.class, commune);
        MockHttpSession firstTab = officerOf(commune);
        MockHttpSession secondTab = officerOf(commune);

        // both tabs showed no assessment of 2024; the first saves one, the second would overwrite it unseen
        mvc.perform(post("/models/{id}/assessment", model).session(firstTab).with(once()).param("year", "2024")
                .param("quality", "GOOD").param("tipsReported", "3")).andExpect(status().isFound());
        String page = mvc.perform(post("/models/{id}/assessment", model).session(secondTab).with(once())
                        .param("year", "2024").param("quality", "WEAK").param("tipsReported", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Dữ liệu đã được người khác cập nhật trong lúc bạn đang sửa")
                .contains("/models/" + model + "?year=2024");
        assertThat(jdbc.queryForMap("select quality, tips_reported from model_assessment where model_id = ?", model))
                .isEqualTo(Map.of("quality", "GOOD", "tips_reported", 3));

        // over the version it showed, the assessment is changed
        String shown = jdbc.queryForObject("select version from model_assessment where model_id = ?", String.class,
                model);
        mvc.perform(post("/models/{id}/assessment", model).session(secondTab).with(once()).param("year", "2024")
                .param("version", shown).param("quality", "FAIR")).andExpect(status().isFound());
        mvc.perform(post("/models/{id}/assessment", model).session(firstTab).with(once()).param("year", "2024")
                .param("version", shown).param("quality", "WEAK")).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select quality from model_assessment where model_id = ?", String.class,
                model)).isEqualTo("FAIR");
    }

    @Test
    void archiveAndRestoreOverAStaleVersionLeadBackToTheCurrentRecord() throws Exception {
        long commune = jdbc.queryForObject("select id from commune where code = '22591'", Long.class);
        MockHttpSession officer = officerOf(commune);

        long organization = jdbc.queryForObject("""
                insert into organization (commune_id, name, kind, note)
                values (?, 'Công ty kiểm thử lưu trữ', 'ENTERPRISE', 'Dữ liệu kiểm thử') returning id""", Long.class,
                commune);
        String seen = version("organization", organization);
        mvc.perform(post("/organizations/{id}/archive", organization).session(officer).with(once())
                .param("version", seen)).andExpect(flash().attribute("success", "organization.archived"));
        String archived = version("organization", organization);
        stale(officer, post("/organizations/{id}/archive", organization).param("version", seen),
                "/organizations/" + organization);
        stale(officer, post("/organizations/{id}/restore", organization).param("version", seen),
                "/organizations/" + organization);
        assertThat(jdbc.queryForObject("select archived_on is not null from organization where id = ?",
                Boolean.class, organization)).as("still archived").isTrue();
        mvc.perform(post("/organizations/{id}/restore", organization).session(officer).with(once())
                .param("version", archived)).andExpect(flash().attribute("success", "organization.restored"));
        stale(officer, post("/organizations/{id}/archive", organization).param("version", archived),
                "/organizations/" + organization);
        assertThat(jdbc.queryForObject("select archived_on is null from organization where id = ?", Boolean.class,
                organization)).as("restored, and not archived again").isTrue();

        long area = jdbc.queryForObject("""
                insert into residential_area (commune_id, name, kind, note)
                values (?, 'Thôn Kiểm Thử Lưu Trữ', 'THON', 'Dữ liệu kiểm thử') returning id""", Long.class, commune);
        String areaSeen = version("residential_area", area);
        mvc.perform(post("/areas/{id}/archive", area).session(officer).with(once()).param("version", areaSeen)
                .param("lastDay", "01/01/2024")).andExpect(flash().attribute("success", "area.archived"));
        stale(officer, post("/areas/{id}/restore", area).param("version", areaSeen), "/areas/" + area);
        assertThat(jdbc.queryForObject("select valid_to from residential_area where id = ?", String.class, area))
                .isEqualTo("2024-01-01");
    }

    @Test
    void ofFourArchivesOfTheSameVersionAtOnceOneWinsAndTheOthersAreToldTheDataChanged() throws Exception {
        long commune = jdbc.queryForObject("select id from commune where code = '22591'", Long.class);
        MockHttpSession officer = officerOf(commune);
        long organization = jdbc.queryForObject("""
                insert into organization (commune_id, name, kind, note)
                values (?, 'Công ty kiểm thử đồng thời', 'ENTERPRISE', 'Dữ liệu kiểm thử') returning id""",
                Long.class, commune);
        String seen = version("organization", organization);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Object>> outcomes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                MvcResult result = mvc.perform(post("/organizations/{id}/archive", organization).session(officer)
                        .with(once()).param("version", seen)).andReturn();
                assertThat(result.getResponse().getStatus()).isEqualTo(302);
                return result.getFlashMap().containsKey("success") ? "success"
                        : result.getFlashMap().get("failure");
            }));
        }
        start.countDown();
        List<Object> told = new ArrayList<>();
        for (Future<Object> outcome : outcomes) {
            told.add(outcome.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(told).containsExactlyInAnyOrder("success", "common.stale", "common.stale", "common.stale");
        assertThat(version("organization", organization)).isEqualTo(String.valueOf(Long.parseLong(seen) + 1));
    }

    /** Sends the action as the page showed it; it is refused back to the current record, with the message. */
    private void stale(MockHttpSession session, MockHttpServletRequestBuilder action, String wayBack)
            throws Exception {
        // the messages of earlier actions, never followed here, are not the ones to read
        session.removeAttribute(SessionFlashMapManager.class.getName() + ".FLASH_MAPS");
        mvc.perform(action.session(session).with(once()))
                .andExpect(status().isFound()).andExpect(redirectedUrl(wayBack))
                .andExpect(flash().attribute("failure", "common.stale"));
        assertThat(mvc.perform(get(wayBack).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains(STALE);
    }

    private MockHttpSession officerOf(long commune) throws Exception {
        return Sessions.demo(mvc, jdbc.queryForObject("select username from user_account where commune_id = ?",
                String.class, commune));
    }

    private String version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", String.class, id);
    }
}
