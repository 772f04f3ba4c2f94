package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

/** Bảng tự chấm điểm: printed from the dossier for signing and stamping, only by those who may see the dossier. */
@AnttIntegrationTest
class SelfScoringSheetTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSheetShowsTheSelfAssessmentWithItsEvidenceAndFigures() throws Exception {
        long dossier = jdbc.queryForObject("""
                select d.id from dossier d join commune c on c.id = d.commune_id join evaluation_year y on y.id = d.year_id
                where c.code = '22579' and y.year = 2023""", Long.class);
        int areas = jdbc.queryForObject("""
                select count(*) from residential_area a join commune c on c.id = a.commune_id where c.code = '22579'""",
                Integer.class);
        String sheet = HtmlUtils.htmlUnescape(mvc.perform(get("/dossiers/{id}/self-scoring", dossier)
                        .session(Sessions.demo(mvc, "ninhphuoc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(sheet).contains("BẢNG TỰ CHẤM ĐIỂM", "năm 2023", "Xã Ninh Phước", "Thông tư 23/2012/TT-BCA",
                "Điều 6, khoản 1", "Đã thực hiện đầy đủ; tài liệu kèm theo hồ sơ.",
                "Khu dân cư được công nhận: " + areas + "/" + areas + " = 100,0% — Đạt",
                "Tổng số tiêu chí: 4; tự đánh giá đạt: 4.", "THỦ TRƯỞNG ĐƠN VỊ");
        mvc.perform(get("/dossiers/{id}/self-scoring", dossier).session(Sessions.demo(mvc, "ninhthuy")))
                .andExpect(status().isNotFound());
    }
}
