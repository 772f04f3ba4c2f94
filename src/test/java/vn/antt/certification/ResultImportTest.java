package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antt.support.OnceTokens.once;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;
import vn.antt.infrastructure.excel.ImportSheet;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.ImportPages;
import vn.antt.support.Sessions;

/** Results of years before the app, from the town's spreadsheets, as dossiers "Nhập từ dữ liệu cũ". */
@AnttIntegrationTest
class ResultImportTest {

    static final List<String> HEADERS = List.of("Năm", "Loại đối tượng", "Mã xã, phường",
            "Tên khu dân cư hoặc cơ quan, doanh nghiệp, nhà trường", "Kết quả", "Số quyết định công nhận",
            "Ngày quyết định");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSteeringCommitteeImportsEarlierResultsAndBadRowsAreExplained() throws Exception {
        MockHttpSession steering = Sessions.demo(mvc, "bcd");
        String area = jdbc.queryForObject("""
                select a.name from residential_area a join commune c on c.id = a.commune_id
                where c.code = '22579' and a.valid_to is null order by a.id limit 1""", String.class);
        String organization = jdbc.queryForObject("""
                select o.name from organization o join commune c on c.id = o.commune_id
                where c.code = '22579' order by o.id limit 1""", String.class);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(2017, "Xã, phường", "22579", "", "Đạt chuẩn", "2410/QĐ-UBND", LocalDate.of(2017, 12, 20)));
        rows.add(row(2017, "Khu dân cư", "22579", area, "Đạt chuẩn", "12/QĐ-UBND", "10/11/2017"));
        rows.add(row(2017, "Cơ quan, doanh nghiệp, nhà trường", "22579", organization, "chưa đạt chuẩn", "", ""));
        rows.add(row(2023, "Xã, phường", "22582", "", "Đạt chuẩn", "1/QĐ-UBND", ""));
        rows.add(row(2021, "Xã, phường", "22579", "", "Đạt chuẩn", "2502/QĐ-UBND", ""));
        rows.add(row(2017, "Cơ quan, doanh nghiệp, nhà trường", "22579", "Công ty Không Có Thật", "Đạt chuẩn",
                "2411/QĐ-UBND", ""));
        rows.add(row(2017, "Xã, phường", "22579", "", "Đạt chuẩn", "2410/QĐ-UBND", ""));
        rows.add(row(2017, "Xã, phường", "22582", "", "Đạt chuẩn", "", ""));
        rows.add(row(2017, "Thôn", "22582", "Thôn A", "Đạt", "", ""));
        int before = jdbc.queryForObject("select count(*) from dossier", Integer.class);

        mvc.perform(multipart("/imports").file(file(rows)).param("kind", "results")
                        .session(Sessions.demo(mvc, "ninhphuoc")).with(once()))
                // an officer's import page does not offer earlier results: a forged kind is the select's message
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị không có trong danh sách; hãy chọn lại.")));
        assertThat(jdbc.queryForObject("select count(*) from import_batch where uploaded_by = 'ninhphuoc'",
                Integer.class)).isZero();
        String location = upload(steering, rows).andExpect(status().isFound()).andReturn().getResponse()
                .getRedirectedUrl();
        String page = HtmlUtils.htmlUnescape(mvc.perform(get(location).session(steering)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Đã kiểm tra 9 dòng: 3 dòng hợp lệ.",
                "năm 2023 đang xét",
                "đã có hồ sơ hoặc kết quả của năm 2021",
                "không có cơ quan, doanh nghiệp, nhà trường \"Công ty Không Có Thật\"",
                "trùng với dòng 2 trong tệp",
                "kết quả \"Đạt chuẩn\" cần số quyết định công nhận",
                "chỉ nhận một trong các giá trị: Xã, phường; Khu dân cư; Cơ quan, doanh nghiệp, nhà trường");
        assertThat(jdbc.queryForObject("select count(*) from dossier", Integer.class)).isEqualTo(before);

        mvc.perform(post(location + "/confirm").session(steering).with(once())
                .param("shownSet", ImportPages.shownSet(mvc, steering, location))).andExpect(status().isFound());
        assertThat(jdbc.queryForList("""
                select d.subject_kind || ' ' || d.state || ' ' || coalesce(d.imported_decision_number, '-')
                from dossier d join evaluation_year y on y.id = d.year_id
                where y.year = 2017 and d.imported order by d.subject_kind""", String.class))
                .containsExactly("COMMUNE RECOGNIZED 2410/QĐ-UBND", "ORGANIZATION NOT_RECOGNIZED -",
                        "RESIDENTIAL_AREA RECOGNIZED 12/QĐ-UBND");
        assertThat(jdbc.queryForObject("select state from evaluation_year where year = 2017", String.class))
                .as("a year before the app is created closed").isEqualTo("CLOSED");

        long commune = jdbc.queryForObject("""
                select d.id from dossier d join evaluation_year y on y.id = d.year_id join commune c on c.id = d.commune_id
                where y.year = 2017 and c.code = '22579'""", Long.class);
        String dossier = HtmlUtils.htmlUnescape(mvc.perform(get("/dossiers/{id}", commune).session(steering))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(dossier).contains("Nhập từ dữ liệu cũ", "Quyết định công nhận số 2410/QĐ-UBND ngày 20/12/2017",
                "Đã công nhận");
        String list = HtmlUtils.htmlUnescape(mvc.perform(get("/dossiers?year=2017&result=RECOGNIZED").session(steering))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(list).contains("Xã Ninh Phước", area, "Tổng số: 2").doesNotContain(organization);
    }

    private ResultActions upload(MockHttpSession session, List<List<Object>> rows) throws Exception {
        return mvc.perform(multipart("/imports").file(file(rows)).param("kind", "results").session(session)
                .with(once()));
    }

    private static MockMultipartFile file(List<List<Object>> rows) throws Exception {
        return new MockMultipartFile("file", "ket-qua-cu.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ImportSheet.write(HEADERS, rows, null, null));
    }

    private static List<Object> row(int year, String kind, String commune, String name, String result,
                                    String decision, Object date) {
        return new ArrayList<>(List.of(year, kind, commune, name, result, decision, date));
    }
}
