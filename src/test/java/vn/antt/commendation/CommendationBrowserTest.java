package vn.antt.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Browser;
import vn.antt.support.Sessions;

/** The steering committee records a commendation of a closed year and finds it in the list, the report and the page. */
@Tag("browser")
@AnttIntegrationTest
class CommendationBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBangKhenOfTheProvinceForPhuongNinhThuyIn2022() {
        try (Browser steering = new Browser("http://localhost:" + port)) {
            steering.login("bcd", Sessions.DEMO_PASSWORD);
            steering.click("Danh sách khen thưởng").click("Ghi nhận khen thưởng");
            steering.type("Năm khen thưởng", "2022");
            steering.select("Hình thức", "Bằng khen");
            steering.select("Cấp khen", "Chủ tịch UBND tỉnh Khánh Hòa");
            steering.type("Số quyết định", "500/QĐ-UBND");
            steering.type("Ngày quyết định", "31/02/2023");
            steering.select("Đối tượng", "Tập thể: xã, phường");
            steering.select("Xã, phường", "Phường Ninh Thủy");
            steering.type("Thành tích", "Dẫn đầu phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2022");
            steering.click("Lưu");
            assertThat(steering.text()).as("a wrong date keeps what was typed")
                    .contains("Ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm");
            assertThat(steering.value("Số quyết định")).isEqualTo("500/QĐ-UBND");

            steering.type("Ngày quyết định", "15/02/2023");
            steering.click("Lưu");
            assertThat(steering.text()).contains("Đã lưu khen thưởng.");

            steering.open("/commendations");
            steering.type("Năm khen thưởng", "2022");
            steering.select("Cấp khen", "Chủ tịch UBND tỉnh Khánh Hòa");
            steering.select("Hình thức", "Bằng khen");
            steering.select("Xã, phường", "Phường Ninh Thủy");
            steering.click("Lọc");
            String list = steering.driver().findElement(By.id("commendations")).getText();
            assertThat(list).contains("Phường Ninh Thủy", "500/QĐ-UBND — 15/02/2023", "Chủ tịch UBND tỉnh Khánh Hòa");
            assertThat(steering.text()).contains("Tổng số: 1");

            steering.open("/reports/year-end?year=2022");
            assertThat(steering.driver().findElement(By.id("report-awards")).getText())
                    .contains("Phường Ninh Thủy", "Bằng khen", "Chủ tịch UBND tỉnh Khánh Hòa", "500/QĐ-UBND");

            steering.open("/communes/22567?year=2022");
            assertThat(steering.driver().findElement(By.id("unit-record")).getText())
                    .contains("2022", "Bằng khen — Chủ tịch UBND tỉnh Khánh Hòa", "Đạt chuẩn");
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from commendation c join commune m on m.id = c.commune_id
                where c.year = 2022 and m.code = '22567' and c.recipient_kind = 'COMMUNE'
                  and c.decision_number = '500/QĐ-UBND'""", Integer.class)).isEqualTo(1);
    }
}
