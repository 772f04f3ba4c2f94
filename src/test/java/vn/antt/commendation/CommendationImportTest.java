package vn.antt.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antt.support.OnceTokens.once;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.antt.infrastructure.excel.ImportSheet;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.ImportPages;
import vn.antt.support.Sessions;

/** Khen thưởng from the town's spreadsheet: checked row by row, then saved. */
@AnttIntegrationTest
class CommendationImportTest {

    static final List<String> HEADERS = List.of("Năm khen thưởng", "Hình thức", "Cấp khen", "Số quyết định",
            "Ngày quyết định", "Đối tượng", "Mã xã, phường", "Tên khu dân cư, cơ quan hoặc mô hình",
            "Họ và tên (cá nhân)", "Chức vụ", "Đơn vị công tác", "Thành tích");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void goodRowsAreSavedAndBadOnesExplained() throws Exception {
        MockHttpSession steering = Sessions.demo(mvc, "bcd");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(2021, "Giấy khen", "CT_UBND_TX — Chủ tịch UBND thị xã Ninh Hòa", "Xã, phường", "22600", "", ""));
        rows.add(row(2021, "Bằng khen", "GD_CA_TINH", "Cá nhân", "22600", "", "Đặng Văn Nhập"));
        rows.add(row(2021, "Bằng khen", "KHONG_CO", "Cá nhân", "", "", "Người Lỗi"));
        rows.add(row(2021, "Giấy khen", "CT_UBND_TX", "Cá nhân", "", "", ""));
        rows.add(row(2021, "Bằng khen", "GD_CA_TINH", "Cá nhân", "22600", "", "Đặng Văn Nhập"));
        int before = jdbc.queryForObject("select count(*) from commendation", Integer.class);

        String location = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "khen-thuong.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        ImportSheet.write(HEADERS, rows, null, null))).param("kind", "commendations")
                        .session(steering).with(once()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        String page = HtmlUtils.htmlUnescape(mvc.perform(get(location).session(steering)).andReturn().getResponse()
                .getContentAsString());
        assertThat(page).contains("Đã kiểm tra 5 dòng: 2 dòng hợp lệ.", "không có cấp khen \"KHONG_CO\"",
                "Vui lòng nhập họ và tên cá nhân được khen.", "trùng với dòng 3 trong tệp");
        mvc.perform(post(location + "/confirm").session(steering).with(once())
                .param("shownSet", ImportPages.shownSet(mvc, steering, location))).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select count(*) from commendation", Integer.class)).isEqualTo(before + 2);
        assertThat(jdbc.queryForObject("select count(*) from commendation where person_name = 'Đặng Văn Nhập'",
                Integer.class)).isEqualTo(1);
    }

    private static List<Object> row(int year, String form, String issuer, String kind, String commune, String unit,
                                    String person) {
        return new ArrayList<>(List.of(year, form, issuer, "15/QĐ", "10/01/2022", kind, commune, unit, person, "", "",
                "Có thành tích"));
    }
}
