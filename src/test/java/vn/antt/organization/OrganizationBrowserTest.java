package vn.antt.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Browser;
import vn.antt.support.Sessions;

@Tag("browser")
@AnttIntegrationTest
class OrganizationBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void officerAddsFindsEditsAndExportsAnOrganization() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("ninhthuy", Sessions.DEMO_PASSWORD);
            browser.click("Cơ quan, doanh nghiệp, nhà trường").click("Thêm mới");
            browser.type("Tên", "Trường Mầm non Hướng Dương Đông Hải")
                    .select("Loại", "Nhà trường")
                    .type("Địa chỉ", "Tổ dân phố 3, Phường Ninh Thủy")
                    .type("Người đứng đầu", "Nguyễn Thị Ánh Tuyết")
                    .click("Lưu");
            assertThat(browser.heading()).isEqualTo("Trường Mầm non Hướng Dương Đông Hải");
            assertThat(browser.text()).contains("Đã thêm cơ quan, doanh nghiệp, nhà trường.", "Phường Ninh Thủy");

            browser.click("Cơ quan, doanh nghiệp, nhà trường");
            browser.type("Tìm kiếm", "truong mam non huong duong dong hai").click("Lọc");
            assertThat(browser.text()).contains("Tổng số: 1");
            browser.click("Trường Mầm non Hướng Dương Đông Hải").click("Sửa");
            assertThat(browser.value("Người đứng đầu")).isEqualTo("Nguyễn Thị Ánh Tuyết");
            browser.type("Người đứng đầu", "Trần Thị Thu Hường").type("Số cán bộ, nhân viên", "27").click("Lưu");
            assertThat(browser.text()).contains("Đã lưu thay đổi.", "Trần Thị Thu Hường");

            List<List<String>> rows = sheet(browser.download("/organizations.xlsx?q=huong%20duong"));
            assertThat(rows.get(0)).startsWith("STT", "Tên", "Tên viết tắt", "Loại");
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1)).contains("Trường Mầm non Hướng Dương Đông Hải", "Nhà trường", "Phường Ninh Thủy",
                    "Trần Thị Thu Hường", "27");
        }
    }

    @Test
    void markupInANameIsStoredAsTextAndShownEscaped() {
        String name = "<script>alert(1)</script> Trường THCS Thử Nghiệm";
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("ninhthuy", Sessions.DEMO_PASSWORD);
            browser.open("/organizations/new");
            browser.type("Tên", name).select("Loại", "Nhà trường").click("Lưu");

            assertThat(browser.heading()).isEqualTo(name);
            assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            assertThat(browser.driver().findElements(By.xpath("//main//script"))).isEmpty();
            assertThat(jdbc.queryForObject("select count(*) from organization where name = ?", Integer.class, name))
                    .isEqualTo(1);
        }
    }

    @Test
    void theSecondOfTwoConcurrentEditsKeepsItsInputAndTheFirstIsSaved() {
        long id = jdbc.queryForObject("""
                select o.id from organization o join commune c on c.id = o.commune_id
                where c.code = '22567' and o.kind = 'AGENCY' order by o.id limit 1""", Long.class);
        try (Browser first = new Browser("http://localhost:" + port);
             Browser second = new Browser("http://localhost:" + port)) {
            first.login("ninhthuy", Sessions.DEMO_PASSWORD).open("/organizations/" + id + "/edit");
            second.login("admin", Sessions.DEMO_PASSWORD).open("/organizations/" + id + "/edit");

            first.type("Người đứng đầu", "Lê Văn Trước").click("Lưu");
            assertThat(first.text()).contains("Đã lưu thay đổi.");

            second.type("Người đứng đầu", "Phạm Thị Sau").type("Ghi chú", "Ghi chú của người thứ hai").click("Lưu");
            assertThat(second.text()).contains("Dữ liệu đã được người khác cập nhật");
            assertThat(second.value("Người đứng đầu")).isEqualTo("Phạm Thị Sau");
            assertThat(second.value("Ghi chú")).isEqualTo("Ghi chú của người thứ hai");
            assertThat(second.driver().findElement(By.linkText("Xem bản hiện tại (mở trong thẻ mới)"))
                    .getDomAttribute("href")).isEqualTo("/organizations/" + id);
        }
        assertThat(jdbc.queryForObject("select head_name from organization where id = ?", String.class, id))
                .isEqualTo("Lê Văn Trước");
    }

    private static List<List<String>> sheet(byte[] xlsx) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(switch (cell.getCellType()) {
                    case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
                    default -> cell.getStringCellValue();
                }));
                rows.add(cells);
            }
            return rows;
        }
    }
}
