package vn.antt.selfmanaged;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antt.support.OnceTokens.once;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/** Phường Ninh Thủy's officer can neither read nor change a model of Xã Ninh Thọ. */
@AnttIntegrationTest
class ModelScopeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anotherCommunesModelIsNotFoundAndStaysUnchanged() throws Exception {
        MockHttpSession ninhThuy = Sessions.demo(mvc, "ninhthuy");
        long model = jdbc.queryForObject("""
                select m.id from self_managed_model m join commune c on c.id = m.commune_id
                where c.code = '22546' order by m.id limit 1""", Long.class);
        Map<String, Object> before = jdbc.queryForMap("select * from self_managed_model where id = ?", model);
        List<Map<String, Object>> assessments = jdbc.queryForList("select * from model_assessment where model_id = ?",
                model);
        int members = jdbc.queryForObject("select count(*) from model_member", Integer.class);

        mvc.perform(get("/models/{id}", model).session(ninhThuy)).andExpect(status().isNotFound());
        mvc.perform(get("/models/{id}/edit", model).session(ninhThuy)).andExpect(status().isNotFound());
        mvc.perform(post("/models/{id}/edit", model).session(ninhThuy).with(once()).param("name", "Bị sửa")
                .param("typeId", "1").param("communeId", "1").param("foundedOn", "01/01/2020").param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/models/{id}/status", model).session(ninhThuy).with(once()).param("status", "DISSOLVED")
                .param("changedOn", "01/01/2024").param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(post("/models/{id}/assessment", model).session(ninhThuy).with(once()).param("year", "2024")
                .param("quality", "WEAK")).andExpect(status().isNotFound());
        mvc.perform(post("/models/{id}/members", model).session(ninhThuy).with(once())
                .param("memberName", "Người lạ")).andExpect(status().isNotFound());

        assertThat(jdbc.queryForMap("select * from self_managed_model where id = ?", model)).isEqualTo(before);
        assertThat(jdbc.queryForList("select * from model_assessment where model_id = ?", model))
                .isEqualTo(assessments);
        assertThat(jdbc.queryForObject("select count(*) from model_member", Integer.class)).isEqualTo(members);
    }

    @Test
    void theOfficersListShowsOnlyTheirCommune() throws Exception {
        String page = mvc.perform(get("/models?commune=22546").session(Sessions.demo(mvc, "ninhthuy")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Phường Ninh Thủy").doesNotContain("Xã Ninh Thọ");
    }
}
