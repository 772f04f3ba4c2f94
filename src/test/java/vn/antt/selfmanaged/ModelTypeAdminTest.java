package vn.antt.selfmanaged;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antt.support.OnceTokens.once;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/** The administrator keeps the catalogue of model types; a retired type stays on the models that have it. */
@AnttIntegrationTest
class ModelTypeAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ModelService models;

    @Test
    void addRenameGiveAFigureAndRetireAType() throws Exception {
        MockHttpSession admin = Sessions.demo(mvc, "admin");

        mvc.perform(post("/admin/model-types").session(admin).with(once()).param("code", "zalo_an_ninh")
                .param("name", "Nhóm Zalo an ninh")).andExpect(status().isFound());
        long id = jdbc.queryForObject("select id from model_type where code = 'ZALO_AN_NINH'", Long.class);
        mvc.perform(post("/admin/model-types/{id}", id).session(admin).with(once()).param("version", version(id))
                .param("name", "Nhóm Zalo an ninh khu phố").param("figureLabel", "Số thành viên nhóm"))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForMap("select name, figure_label from model_type where id = ?", id))
                .containsEntry("name", "Nhóm Zalo an ninh khu phố").containsEntry("figure_label", "Số thành viên nhóm");

        long commune = jdbc.queryForObject("select id from commune where code = '22600'", Long.class);
        jdbc.update("""
                insert into self_managed_model (name, type_id, commune_id, founded_on, status_since)
                values ('Nhóm Zalo thôn Vạn Khê', ?, ?, date '2024-02-01', date '2024-02-01')""", id, commune);
        mvc.perform(post("/admin/model-types/{id}/retire", id).session(admin).with(once()).param("version", version(id))
                .param("retired", "true"))
                .andExpect(status().isFound());

        assertThat(models.activeTypes()).extracting(ModelType::getCode).doesNotContain("ZALO_AN_NINH");
        assertThat(jdbc.queryForObject("""
                select t.code from self_managed_model m join model_type t on t.id = m.type_id
                where m.name = 'Nhóm Zalo thôn Vạn Khê'""", String.class)).isEqualTo("ZALO_AN_NINH");

        String duplicate = mvc.perform(post("/admin/model-types").session(admin).with(once()).param("code", "CAMERA")
                .param("name", "Camera trùng")).andReturn().getFlashMap().get("failure").toString();
        assertThat(duplicate).isEqualTo("modelType.code.taken");
    }

    @Test
    void onlyAdministratorsKeepTheCatalogue() throws Exception {
        mvc.perform(get("/admin/model-types").session(Sessions.demo(mvc, "ninhtho"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/model-types").session(Sessions.demo(mvc, "bcd")).with(once()).param("code", "X1")
                .param("name", "Không được thêm")).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from model_type where code = 'X1'", Integer.class)).isZero();
    }

    private String version(long type) {
        return jdbc.queryForObject("select version from model_type where id = ?", String.class, type);
    }
}
