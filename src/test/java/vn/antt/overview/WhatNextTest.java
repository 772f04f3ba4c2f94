package vn.antt.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/**
 * Issue 14 §2 and §6 beyond the dossier: a year not opened explains itself instead of empty cards, an empty list
 * says what would fill it, and an organization missing from the open year's roster says who adds it and how to ask.
 */
@AnttIntegrationTest
class WhatNextTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aYearNotOpenedExplainsItselfOnTheDashboardAndTheDossierList() throws Exception {
        MockHttpSession steering = Sessions.demo(mvc, "bcd");
        Document home = page("/?year=2025", steering);
        assertThat(home.getElementById("year-figures")).isNull();
        assertThat(home.getElementById("year-empty").text()).startsWith("Năm 2025 chưa được mở để xét công nhận")
                .contains("Năm xét công nhận");

        Document list = page("/dossiers?year=2025", steering);
        assertThat(list.getElementById("dossiers-none").text()).startsWith("Năm 2025 chưa được mở để xét công nhận");
        Document filtered = page("/dossiers?year=2023&kind=ORGANIZATION&commune=22546&state=REVOKED", steering);
        assertThat(filtered.getElementById("dossiers-none").text()).startsWith("Không có hồ sơ nào khớp bộ lọc");

        Document open = page("/?year=2023", steering);
        assertThat(open.getElementById("year-empty")).isNull();
        assertThat(open.getElementById("year-figures")).isNotNull();
    }

    @Test
    void anOrganizationMissingFromTheOpenYearsRosterSaysWhoAddsItAndHowToAsk() throws Exception {
        long commune = jdbc.queryForObject("select commune_id from user_account where username = 'ninhtho'",
                Long.class);
        long added = jdbc.queryForObject("""
                insert into organization (name, kind, commune_id) values ('Cửa hàng Mới Mở (kiểm thử)', 'ENTERPRISE', ?)
                returning id""", Long.class, commune);
        long listed = jdbc.queryForObject("""
                select r.organization_id from roster_entry r join evaluation_year y on y.id = r.year_id
                where y.year = 2023 and r.managing_commune_id is null order by r.id limit 1""", Long.class);

        Document officers = page("/organizations/" + added + "?year=2023", Sessions.demo(mvc, "ninhtho"));
        assertThat(officers.getElementById("roster-line").text())
                .contains("Đơn vị chưa có trong danh sách tham gia phong trào năm 2023",
                        "hãy đề nghị Thường trực Ban Chỉ đạo (Công an thị xã) thêm vào danh sách",
                        "Xem danh sách năm 2023");
        MockHttpSession steering = Sessions.demo(mvc, "bcd");
        assertThat(page("/organizations/" + added + "?year=2023", steering).getElementById("roster-line").text())
                .contains("Ban Chỉ đạo thêm đơn vị vào danh sách ở trang danh sách năm 2023");
        assertThat(page("/organizations/" + listed + "?year=2023", steering).getElementById("roster-line").text())
                .contains("Đơn vị có trong danh sách tham gia phong trào năm 2023; đơn vị quản lý: Công an thị xã.");
        // a closed year's roster is history: nothing to ask for
        assertThat(page("/organizations/" + added + "?year=2022", steering).getElementById("roster-line")).isNull();
    }

    @Test
    void whoeverMayOnlyReadTheYearItsRosterAndDecisionsIsToldWhoChangesThem() throws Exception {
        MockHttpSession police = Sessions.demo(mvc, "congan");
        Document year = page("/years/2023", police);
        assertThat(year.select("input[name=targetPct]")).as("nothing that looks editable").isEmpty();
        assertThat(year.getElementById("year-who").text())
                .isEqualTo("Chỉ tiêu và thời hạn do Ban Chỉ đạo đặt; tài khoản của bạn chỉ xem.");
        assertThat(year.getElementById("year-read").text()).contains("Chỉ tiêu cơ quan, doanh nghiệp, nhà trường", "%");
        assertThat(page("/years/2022", Sessions.demo(mvc, "bcd")).getElementById("year-who").text())
                .startsWith("Năm 2022 đã khóa sổ");
        assertThat(page("/years", police).getElementById("years-who").text()).startsWith("Năm xét do Ban Chỉ đạo mở");
        assertThat(page("/years/2023/roster", police).getElementById("roster-who").text())
                .startsWith("Danh sách do Ban Chỉ đạo lập");
        assertThat(page("/decisions?year=2023", police).getElementById("decisions-who").text())
                .startsWith("Quyết định công nhận do Ban Chỉ đạo lập dự thảo");
        assertThat(page("/years/2023", Sessions.demo(mvc, "bcd")).select("input[name=targetPct]")).hasSize(1);
    }

    private Document page(String path, MockHttpSession session) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString());
    }
}
