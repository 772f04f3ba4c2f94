package vn.antt.selfmanaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Browser;
import vn.antt.support.Sessions;

@Tag("browser")
@AnttIntegrationTest
class ModelBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void officerCreatesACameraModelAssessesItAndSeesItCounted() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        int year = today.getYear();
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("ninhtho", Sessions.DEMO_PASSWORD);
            browser.open("/models?year=" + year);
            long activeBefore = counter(browser, 0);
            long effectiveBefore = counter(browser, 2);

            browser.click("Thêm mới");
            browser.type("Tên mô hình", "Camera an ninh thôn Phú Hội mới")
                    .select("Loại mô hình", "Camera an ninh")
                    .type("Ngày thành lập", today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                    .type("Số liệu của loại mô hình (số camera, số buổi tuần tra/tháng…)", "12")
                    .type("Người phụ trách / Tổ trưởng", "Đỗ Văn Lực")
                    .click("Lưu");
            assertThat(browser.heading()).isEqualTo("Camera an ninh thôn Phú Hội mới");
            assertThat(browser.text()).contains("Số camera", "12", "Xã Ninh Thọ");

            browser.type("Năm đánh giá", String.valueOf(year)).select("Xếp loại", "Tốt (hoạt động hiệu quả)")
                    .type("Tin báo, tố giác", "3").click("Lưu đánh giá");
            assertThat(browser.text()).contains("Đã lưu đánh giá chất lượng hoạt động.");
            assertThat(browser.driver().findElement(By.id("assessments")).getText())
                    .contains(String.valueOf(year), "Tốt (hoạt động hiệu quả)");

            browser.click("Mô hình tự quản");
            browser.select("Loại mô hình", "Camera an ninh").select("Thành lập trong năm", String.valueOf(year))
                    .select("Chất lượng năm " + year, "Tốt (hoạt động hiệu quả)").click("Lọc");
            assertThat(browser.text()).contains("Tổng số: 1", "Camera an ninh thôn Phú Hội mới");

            browser.open("/models?year=" + year);
            assertThat(counter(browser, 0)).isEqualTo(activeBefore + 1);
            assertThat(counter(browser, 2)).isEqualTo(effectiveBefore + 1);
        }
        assertThat(jdbc.queryForObject("select figure from self_managed_model where name = ?", Integer.class,
                "Camera an ninh thôn Phú Hội mới")).isEqualTo(12);
    }

    /** The figure of the counter card at the given position (0 active, 1 new, 2 effective). */
    private static long counter(Browser browser, int position) {
        return Long.parseLong(browser.driver().findElements(By.cssSelector("#counters .fs-3")).get(position).getText());
    }
}
