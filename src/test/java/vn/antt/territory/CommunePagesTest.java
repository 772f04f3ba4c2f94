package vn.antt.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

@AnttIntegrationTest
class CommunePagesTest {

    private static final Pattern COMMUNE_NAME = Pattern.compile(">((?:Phường|Xã|Thị trấn) [^<]+)</(?:a|span)>");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listsAll27CommunesInVietnameseOrderOfTheirNamesWithoutPrefix() throws Exception {
        List<String> names = communeNames(Sessions.demo(mvc, "ninhthuy"), "/communes");

        assertThat(names).hasSize(27);
        assertThat(names).containsSubsequence("Xã Ninh An", "Xã Ninh Bình", "Phường Ninh Diêm", "Phường Ninh Đa",
                "Xã Ninh Đông", "Phường Ninh Giang", "Phường Ninh Hà", "Phường Ninh Hải", "Xã Ninh Ích",
                "Xã Ninh Xuân");
        assertThat(names.get(0)).isEqualTo("Xã Ninh An");
        assertThat(names.get(26)).isEqualTo("Xã Ninh Xuân");
    }

    @Test
    void searchIgnoresCaseAndDiacriticsAndReadsDAsD() throws Exception {
        MockHttpSession session = Sessions.demo(mvc, "bcd");

        assertThat(communeNames(session, "/communes?q=ninh thuy")).containsExactly("Phường Ninh Thủy");
        assertThat(communeNames(session, "/communes?q=NINH DONG")).containsExactly("Xã Ninh Đông");
        assertThat(communeNames(session, "/communes?q=%25")).isEmpty();
    }

    @Test
    void communeOfficerOpensOnlyTheirOwnCommune() throws Exception {
        MockHttpSession ninhThuy = Sessions.demo(mvc, "ninhthuy");

        mvc.perform(get("/communes/22567").session(ninhThuy)).andExpect(status().isOk());
        mvc.perform(get("/communes/22546").session(ninhThuy)).andExpect(status().isNotFound());
    }

    @Test
    void districtWideRolesOpenEveryCommune() throws Exception {
        for (String user : List.of("bcd", "congan", "admin")) {
            mvc.perform(get("/communes/22546").session(Sessions.demo(mvc, user))).andExpect(status().isOk());
        }
    }

    @Test
    void theCommunePageShowsItsAreasOrganizationsAndModelsAndAnOrganizationItsHostedModels() throws Exception {
        MockHttpSession ninhTho = Sessions.demo(mvc, "ninhtho");
        String commune = mvc.perform(get("/communes/22546?year=2022").session(ninhTho)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(commune).contains("Trường THCS Ninh Thọ", "Camera an ninh Ninh Thọ", "Thôn ");

        long shipyard = jdbc.queryForObject("select id from organization where name = ?", Long.class,
                "Công ty TNHH Đóng tàu Nam Vân Ninh Thọ");
        String organization = mvc.perform(get("/organizations/{id}", shipyard).session(ninhTho))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(organization).contains("Mô hình tự quản tại đơn vị", "Đội phòng cháy chữa cháy tự quản");
    }

    @Test
    void aSortTypedIntoTheAddressIsIgnoredAndNumberedNamesSortAsNumbers() throws Exception {
        MockHttpSession admin = Sessions.demo(mvc, "admin");
        for (String url : List.of("/communes?sort=foo", "/admin/users?sort=bar,desc", "/admin/audit?sort=x",
                "/communes/22567?sort=name")) {
            mvc.perform(get(url).session(admin)).andExpect(status().isOk());
        }
        String page = mvc.perform(get("/communes/22567").session(admin)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page.indexOf(">Tổ dân phố 2<")).isPositive().isLessThan(page.indexOf(">Tổ dân phố 10<"));
        assertThat(communeNames(admin, "/communes?q=22567")).containsExactly("Phường Ninh Thủy");
        assertThat(communeNames(admin, "/communes?q=ninh  thuy")).containsExactly("Phường Ninh Thủy");
    }

    @Test
    void unknownCommuneCodeIsNotFound() throws Exception {
        mvc.perform(get("/communes/99999").session(Sessions.demo(mvc, "bcd"))).andExpect(status().isNotFound());
    }

    private List<String> communeNames(MockHttpSession session, String url) throws Exception {
        String html = mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String table = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
        List<String> names = new ArrayList<>();
        Matcher matcher = COMMUNE_NAME.matcher(table);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
