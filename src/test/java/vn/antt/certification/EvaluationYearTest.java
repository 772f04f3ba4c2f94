package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antt.support.OnceTokens.once;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.antt.infrastructure.web.CurrentYear;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/** Evaluation years: the steering committee opens and closes them; the latest open one is every page's year. */
@AnttIntegrationTest
class EvaluationYearTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CurrentYear currentYear;

    @Test
    void theLatestOpenYearIsTheCurrentYear() {
        assertThat(currentYear.get()).isEqualTo(2023);
    }

    @Test
    void theSteeringCommitteeOpensAdjustsAndClosesAYear() throws Exception {
        MockHttpSession steering = Sessions.demo(mvc, "bcd");
        long tt23 = jdbc.queryForObject("select id from criteria_set where code = 'TT23_2012'", Long.class);

        String refused = HtmlUtils.htmlUnescape(mvc.perform(post("/years").session(steering).with(once())
                        .param("year", "2018").param("criteriaSetId", String.valueOf(tt23)).param("targetPct", "95")
                        .param("submissionDeadline", "15/11/2018").param("appraisalDeadline", "01/11/2018"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused).contains("Các thời hạn phải theo thứ tự", "value=\"15/11/2018\"");
        assertThat(jdbc.queryForObject("select count(*) from evaluation_year where year = 2018", Integer.class))
                .isZero();

        mvc.perform(post("/years").session(steering).with(once()).param("year", "2018")
                        .param("criteriaSetId", String.valueOf(tt23)).param("targetPct", "96,5")
                        .param("submissionDeadline", "15/11/2018").param("appraisalDeadline", "05/12/2018"))
                .andExpect(redirectedUrl("/years/2018"));
        assertThat(HtmlUtils.htmlUnescape(mvc.perform(get("/years/2018").session(steering)).andReturn()
                .getResponse().getContentAsString()))
                .contains("Năm xét 2018", "Căn cứ: Thông tư 23/2012/TT-BCA", "value=\"96,5\"");
        assertThat(jdbc.queryForObject("select target_pct from evaluation_year where year = 2018", String.class))
                .as("a decimal comma, as Vietnamese write it").isEqualTo("96.50");
        assertThat(currentYear.get()).as("2023 stays the latest open year").isEqualTo(2023);

        mvc.perform(post("/years").session(steering).with(once()).param("year", "2018")
                .param("criteriaSetId", String.valueOf(tt23)).param("targetPct", "95")).andExpect(status().isOk());

        mvc.perform(post("/years/2018/close").session(steering).with(once())).andExpect(redirectedUrl("/years/2018"));
        assertThat(jdbc.queryForObject("select state from evaluation_year where year = 2018", String.class))
                .isEqualTo("CLOSED");
    }

    @Test
    void aYearWithDossiersWaitingCannotBeClosed() throws Exception {
        long year = jdbc.queryForObject("select id from evaluation_year where year = 2023", Long.class);
        long commune = jdbc.queryForObject("select id from commune where code = '22603'", Long.class);
        // Xã Ninh Ích's 2023 dossier waits for its appraisal (whether or not another test created it already)
        jdbc.update("""
                insert into dossier (year_id, subject_kind, commune_id, acting_commune_id, located_commune_id)
                select ?, 'COMMUNE', ?, ?, ? where not exists (select 1 from dossier where year_id = ? and commune_id = ?)""",
                year, commune, commune, commune, year, commune);
        jdbc.update("update dossier set state = 'SUBMITTED' where year_id = ? and commune_id = ?", year, commune);

        mvc.perform(post("/years/2023/close").session(Sessions.demo(mvc, "bcd")).with(once()))
                .andExpect(redirectedUrl("/years/2023"))
                .andExpect(result -> assertThat(result.getFlashMap().get("failure")).isEqualTo("year.close.waiting"));
        assertThat(jdbc.queryForObject("select state from evaluation_year where year = 2023", String.class))
                .isEqualTo("OPEN");
    }

    @Test
    void othersReadTheYearsButCannotOpenOrCloseThem() throws Exception {
        for (String user : new String[] {"congan", "ninhthuy", "admin"}) {
            MockHttpSession session = Sessions.demo(mvc, user);
            mvc.perform(get("/years").session(session)).andExpect(status().isOk());
            mvc.perform(post("/years/2023/close").session(session).with(once())).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select state from evaluation_year where year = 2023", String.class))
                .isEqualTo("OPEN");
    }

    @Test
    void theAdministratorReadsAndCorrectsTheCriteria() throws Exception {
        MockHttpSession admin = Sessions.demo(mvc, "admin");
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/admin/criteria?set=TT23_2012").session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Điều 6, khoản 4", "Tính tự động: Khu dân cư được công nhận ≥ 70%",
                "Số liệu tham khảo: Mô hình tự quản tại đơn vị ≥ 1");

        long id = jdbc.queryForObject("""
                select c.id from criterion c join criteria_set s on s.id = c.set_id
                where s.code = 'TT23_2012' and c.article = 5 and c.clause = 3""", Long.class);
        String before = jdbc.queryForObject("select text from criterion where id = ?", String.class, id);
        assertThat(page).as("used by 2023's dossiers").contains("Bộ tiêu chí đang được dùng cho hồ sơ đề nghị");

        // TT 23/2012 is used by dossiers: the edit makes a new version and the dossiers keep what they were judged on
        mvc.perform(post("/admin/criteria/{id}", id).session(admin).with(once()).param("set", "TT23_2012")
                .param("version", version("criterion", id))
                .param("text", "Kiềm chế, làm giảm tội phạm và tệ nạn xã hội trên địa bàn khu dân cư"))
                .andExpect(redirectedUrl("/admin/criteria?set=TT23_2012_V2"));
        assertThat(jdbc.queryForObject("select text from criterion where id = ?", String.class, id)).isEqualTo(before);
        assertThat(jdbc.queryForObject("""
                select c.text from criterion c join criteria_set s on s.id = c.set_id
                where s.code = 'TT23_2012_V2' and c.article = 5 and c.clause = 3""", String.class))
                .isEqualTo("Kiềm chế, làm giảm tội phạm và tệ nạn xã hội trên địa bàn khu dân cư");
        assertThat(jdbc.queryForObject("""
                select count(*) from criterion c join criteria_set s on s.id = c.set_id where s.code = 'TT23_2012_V2'""",
                Integer.class)).isEqualTo(15);
        assertThat(HtmlUtils.htmlUnescape(mvc.perform(get("/admin/criteria?set=TT23_2012_V2").session(admin))
                .andReturn().getResponse().getContentAsString()))
                .contains("Thông tư 23/2012/TT-BCA (bản sửa đổi 2)", "Phiên bản sửa đổi của Thông tư 23/2012/TT-BCA");

        // a second correction of the frozen set joins the version being edited
        long other = jdbc.queryForObject("""
                select c.id from criterion c join criteria_set s on s.id = c.set_id
                where s.code = 'TT23_2012' and c.article = 5 and c.clause = 4""", Long.class);
        mvc.perform(post("/admin/criteria/{id}", other).session(admin).with(once()).param("set", "TT23_2012")
                .param("version", version("criterion", other))
                .param("text", "Không để xảy ra cháy, nổ nghiêm trọng"))
                .andExpect(redirectedUrl("/admin/criteria?set=TT23_2012_V2"));
        assertThat(jdbc.queryForList("""
                select c.text from criterion c join criteria_set s on s.id = c.set_id
                where s.code = 'TT23_2012_V2' and c.article = 5 and c.clause in (3, 4) order by c.clause""",
                String.class)).containsExactly("Kiềm chế, làm giảm tội phạm và tệ nạn xã hội trên địa bàn khu dân cư",
                "Không để xảy ra cháy, nổ nghiêm trọng");
        assertThat(jdbc.queryForObject("select count(*) from criteria_set where code like 'TT23_2012_V%'",
                Integer.class)).isEqualTo(1);

        // TT 124/2021 is used by no dossier: corrected in place
        long unused = jdbc.queryForObject("""
                select c.id from criterion c join criteria_set s on s.id = c.set_id
                where s.code = 'TT124_2021' and c.article = 4 and c.clause = 4""", Long.class);
        mvc.perform(post("/admin/criteria/{id}", unused).session(admin).with(once()).param("set", "TT124_2021")
                .param("version", version("criterion", unused))
                .param("text", "Kiềm chế, làm giảm tội phạm, tệ nạn xã hội"))
                .andExpect(redirectedUrl("/admin/criteria?set=TT124_2021"));
        assertThat(jdbc.queryForObject("select text from criterion where id = ?", String.class, unused))
                .isEqualTo("Kiềm chế, làm giảm tội phạm, tệ nạn xã hội");
        mvc.perform(get("/admin/criteria").session(Sessions.demo(mvc, "bcd"))).andExpect(status().isForbidden());
    }

    private String version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", String.class, id);
    }
}
