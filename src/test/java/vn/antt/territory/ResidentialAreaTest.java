package vn.antt.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antt.support.OnceTokens.once;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Sessions;

@AnttIntegrationTest
class ResidentialAreaTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void officerAddsEditsArchivesAndExportsAKhuDanCu() throws Exception {
        MockHttpSession officer = Sessions.demo(mvc, "ninhich");

        MvcResult created = mvc.perform(post("/communes/22603/areas/new").session(officer).with(once())
                        .param("name", "Tổ dân phố Đồng Xuân").param("kind", "TO_DAN_PHO")
                        .param("households", "215").param("headName", "Võ Thị Mai").param("validFrom", "15/03/2024"))
                .andExpect(status().isFound()).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/areas/".length()));

        String commune = mvc.perform(get("/communes/22603?q=dong xuan").session(officer))
                .andReturn().getResponse().getContentAsString();
        assertThat(commune).contains("Tổ dân phố Đồng Xuân", "Võ Thị Mai", "215");

        mvc.perform(post("/areas/{id}/edit", id).session(officer).with(once())
                        .param("name", "Tổ dân phố Đồng Xuân").param("kind", "TO_DAN_PHO")
                        .param("households", "230").param("headName", "Võ Thị Mai").param("validFrom", "15/03/2024")
                        .param("version", "0"))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select households from residential_area where id = ?", Integer.class, id))
                .isEqualTo(230);

        MvcResult export = mvc.perform(get("/communes/22603/areas.xlsx?q=dong xuan").session(officer))
                .andExpect(request().asyncStarted()).andReturn();
        byte[] xlsx = mvc.perform(asyncDispatch(export)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Tên khu dân cư");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Tổ dân phố Đồng Xuân");
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(230);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(7))).isTrue();
            assertThat(row.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 15));
        }

        for (String wrong : new String[] {"31/02/2023", "abc", "01/01/2099"}) {
            MvcResult refused = mvc.perform(post("/areas/{id}/archive", id).session(officer).with(once())
                    .param("version", "1").param("lastDay", wrong)).andExpect(status().isFound()).andReturn();
            assertThat(refused.getFlashMap().get("failure")).isIn("area.archive.dateRequired", "area.archive.future");
        }
        assertThat(jdbc.queryForObject("select valid_to from residential_area where id = ?", LocalDate.class, id))
                .isNull();
        mvc.perform(post("/areas/{id}/archive", id).session(officer).with(once())
                .param("version", "1").param("lastDay", "31/12/2025")).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select valid_to from residential_area where id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(mvc.perform(get("/communes/22603?q=dong xuan").session(officer)).andReturn().getResponse()
                .getContentAsString()).doesNotContain("Võ Thị Mai");
    }

    @Test
    void aSecondCurrentAreaWithTheSameNameIsRefused() throws Exception {
        MockHttpSession officer = Sessions.demo(mvc, "ninhthuy");
        int before = jdbc.queryForObject("select count(*) from residential_area", Integer.class);

        String page = mvc.perform(post("/communes/22567/areas/new").session(officer).with(once())
                        .param("name", "TỔ DÂN PHỐ 1").param("kind", "TO_DAN_PHO"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Xã, phường này đã có một khu dân cư đang hoạt động cùng tên.");
        assertThat(jdbc.queryForObject("select count(*) from residential_area", Integer.class)).isEqualTo(before);
    }

    @Test
    void aStaleEditKeepsTheUsersInputAndTheOtherChange() throws Exception {
        MockHttpSession officer = Sessions.demo(mvc, "ninhthuy");
        MockHttpSession admin = Sessions.demo(mvc, "admin");
        long id = jdbc.queryForObject("""
                select a.id from residential_area a join commune c on c.id = a.commune_id
                where c.code = '22567' and a.name = 'Tổ dân phố 2'""", Long.class);
        long version = jdbc.queryForObject("select version from residential_area where id = ?", Long.class, id);

        mvc.perform(post("/areas/{id}/edit", id).session(admin).with(once()).param("name", "Tổ dân phố 2")
                .param("kind", "TO_DAN_PHO").param("headName", "Người sửa trước")
                .param("version", String.valueOf(version))).andExpect(status().isFound());
        String page = HtmlUtils.htmlUnescape(mvc.perform(post("/areas/{id}/edit", id).session(officer).with(once())
                        .param("name", "Tổ dân phố 2").param("kind", "TO_DAN_PHO").param("headName", "Người sửa sau")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page).contains("Dữ liệu đã được người khác cập nhật", "value=\"Người sửa sau\"",
                "href=\"/areas/" + id + "\"");
        assertThat(jdbc.queryForObject("select head_name from residential_area where id = ?", String.class, id))
                .isEqualTo("Người sửa trước");
    }

    @Autowired
    Clock clock;

    @Test
    void anEmptyStartMeansTodayAndAStartInsideAClosedYearIsRefusedOnItsField() throws Exception {
        MockHttpSession officer = Sessions.demo(mvc, "ninhich");
        String form = HtmlUtils.htmlUnescape(mvc.perform(get("/communes/22603/areas/new").session(officer))
                .andReturn().getResponse().getContentAsString());
        assertThat(form).contains("Để trống: tính từ ngày nhập. Không ghi ngày trong năm đã khóa sổ.");

        String refused = HtmlUtils.htmlUnescape(mvc.perform(post("/communes/22603/areas/new").session(officer)
                        .with(once()).param("name", "Tổ dân phố Ghi Lùi").param("kind", "TO_DAN_PHO")
                        .param("validFrom", "01/06/2022"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused).contains("Ngày này thuộc một năm đã khóa sổ", "value=\"Tổ dân phố Ghi Lùi\"",
                "value=\"01/06/2022\"");
        assertThat(jdbc.queryForObject("select count(*) from residential_area where name = 'Tổ dân phố Ghi Lùi'",
                Long.class)).isZero();

        mvc.perform(post("/communes/22603/areas/new").session(officer).with(once())
                        .param("name", "Tổ dân phố Không Ghi Ngày").param("kind", "TO_DAN_PHO"))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select valid_from from residential_area where name = ?", LocalDate.class,
                "Tổ dân phố Không Ghi Ngày")).isEqualTo(LocalDate.now(clock));
    }
}
