package vn.antt.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antt.support.OnceTokens.once;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/**
 * A commune officer sees and changes only their own commune's khu dân cư and organizations: every path that takes
 * an id of Xã Ninh Thọ answers 404 to Phường Ninh Thủy's officer and changes nothing. Read-only roles get 403.
 */
@AnttIntegrationTest
class RegistryScopeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    MockHttpSession ninhThuy;
    long organization;
    long area;
    long ninhThuyCommune;

    @BeforeEach
    void setUp() throws Exception {
        ninhThuy = Sessions.demo(mvc, "ninhthuy");
        organization = jdbc.queryForObject("""
                select o.id from organization o join commune c on c.id = o.commune_id
                where c.code = '22546' order by o.id limit 1""", Long.class);
        area = jdbc.queryForObject("""
                select a.id from residential_area a join commune c on c.id = a.commune_id
                where c.code = '22546' order by a.id limit 1""", Long.class);
        ninhThuyCommune = jdbc.queryForObject("select id from commune where code = '22567'", Long.class);
    }

    @Test
    void anotherCommunesOrganizationIsNotFoundAndStaysUnchanged() throws Exception {
        Map<String, Object> before = jdbc.queryForMap("select * from organization where id = ?", organization);

        mvc.perform(get("/organizations/{id}", organization).session(ninhThuy)).andExpect(status().isNotFound());
        mvc.perform(get("/organizations/{id}/edit", organization).session(ninhThuy)).andExpect(status().isNotFound());
        mvc.perform(post("/organizations/{id}/edit", organization).session(ninhThuy).with(once())
                        .param("name", "Đã bị sửa").param("kind", "SCHOOL").param("guardForce", "NONE")
                        .param("communeId", String.valueOf(ninhThuyCommune)).param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/organizations/{id}/archive", organization).session(ninhThuy).with(once())
                .param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(post("/organizations/{id}/restore", organization).session(ninhThuy).with(once())
                .param("version", "0")).andExpect(status().isNotFound());

        assertThat(jdbc.queryForMap("select * from organization where id = ?", organization)).isEqualTo(before);
    }

    @Test
    void anotherCommunesResidentialAreaIsNotFoundAndStaysUnchanged() throws Exception {
        Map<String, Object> before = jdbc.queryForMap("select * from residential_area where id = ?", area);

        mvc.perform(get("/areas/{id}", area).session(ninhThuy)).andExpect(status().isNotFound());
        mvc.perform(get("/areas/{id}/edit", area).session(ninhThuy)).andExpect(status().isNotFound());
        mvc.perform(post("/areas/{id}/edit", area).session(ninhThuy).with(once())
                        .param("name", "Đã bị sửa").param("kind", "THON").param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/areas/{id}/archive", area).session(ninhThuy).with(once())
                .param("version", "0").param("lastDay", "01/01/2024")).andExpect(status().isNotFound());
        mvc.perform(post("/areas/{id}/restore", area).session(ninhThuy).with(once())
                .param("version", "0")).andExpect(status().isNotFound());

        assertThat(jdbc.queryForMap("select * from residential_area where id = ?", area)).isEqualTo(before);
    }

    @Test
    void anotherCommunesAreaListFormsAndExportAreNotFound() throws Exception {
        int areas = jdbc.queryForObject("select count(*) from residential_area", Integer.class);

        mvc.perform(get("/communes/22546/areas/new").session(ninhThuy)).andExpect(status().isNotFound());
        mvc.perform(post("/communes/22546/areas/new").session(ninhThuy).with(once())
                .param("name", "Thôn Lạ").param("kind", "THON")).andExpect(status().isNotFound());
        mvc.perform(get("/communes/22546/areas.xlsx").session(ninhThuy)).andExpect(status().isNotFound());

        assertThat(jdbc.queryForObject("select count(*) from residential_area", Integer.class)).isEqualTo(areas);
    }

    @Test
    void anOfficerCannotPlaceAnOrganizationInAnotherCommune() throws Exception {
        long ninhTho = jdbc.queryForObject("select id from commune where code = '22546'", Long.class);
        int organizations = jdbc.queryForObject("select count(*) from organization", Integer.class);

        mvc.perform(post("/organizations/new").session(ninhThuy).with(once())
                        .param("name", "Trường Lạc Chỗ").param("kind", "SCHOOL").param("guardForce", "NONE")
                        .param("communeId", String.valueOf(ninhTho)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị không có trong danh sách; hãy chọn lại.")))
                .andExpect(content().string(not(containsString("Xã Ninh Thọ"))));

        assertThat(jdbc.queryForObject("select count(*) from organization", Integer.class)).isEqualTo(organizations);
    }

    @Test
    void theOfficersListShowsOnlyTheirCommuneWhateverTheFilterSays() throws Exception {
        String page = mvc.perform(get("/organizations?commune=22546&status=ALL").session(ninhThuy))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Phường Ninh Thủy").doesNotContain("Xã Ninh Thọ");
    }

    @Test
    void readOnlyRolesSeeEverythingButChangeNothing() throws Exception {
        Map<String, Object> before = jdbc.queryForMap("select * from organization where id = ?", organization);
        for (String user : new String[] {"congan", "bcd"}) {
            MockHttpSession session = Sessions.demo(mvc, user);
            mvc.perform(get("/organizations/{id}", organization).session(session)).andExpect(status().isOk());
            mvc.perform(get("/areas/{id}", area).session(session)).andExpect(status().isOk());
            mvc.perform(get("/organizations/{id}/edit", organization).session(session))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/organizations/new").session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/models/new").session(session)).andExpect(status().isForbidden());
            mvc.perform(post("/organizations/{id}/archive", organization).session(session).with(once())
                    .param("version", "0")).andExpect(status().isForbidden());
            mvc.perform(post("/areas/{id}/archive", area).session(session).with(once())
                    .param("version", "0").param("lastDay", "01/01/2024")).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForMap("select * from organization where id = ?", organization)).isEqualTo(before);
    }
}
