package vn.antt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Browser;
import vn.antt.support.Sessions;

@Tag("browser")
@AnttIntegrationTest
class NavigationBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void communeOfficerLogsInOpensTheirCommuneAndLogsOut() {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("ninhthuy", Sessions.DEMO_PASSWORD);

            assertThat(browser.heading()).isEqualTo("Xin chào, Cán bộ phường Ninh Thủy (dữ liệu mẫu)");
            assertThat(browser.menu()).startsWith("Tổng quan", "Danh mục", "Xét công nhận", "Khen thưởng", "Báo cáo")
                    .doesNotContain("Quản trị");
            // the current year is the latest open evaluation year: 2023 in the demo data
            assertThat(browser.text()).contains("Năm đang xem: 2023");
            // the user menu shows the name; who the user is and where opens with it
            browser.driver().findElement(org.openqa.selenium.By.id("accountMenu")).click();
            assertThat(browser.text()).contains("Cán bộ xã, phường · Phường Ninh Thủy");

            browser.click("Đơn vị hành chính");
            assertThat(browser.heading()).isEqualTo("Danh sách xã, phường");
            assertThat(browser.text()).contains("Tổng số: 27");

            browser.click("Phường Ninh Thủy");
            assertThat(browser.path()).isEqualTo("/communes/22567");
            assertThat(browser.heading()).isEqualTo("Phường Ninh Thủy");
            assertThat(browser.text()).contains("Thị xã Ninh Hòa", "Tỉnh Khánh Hòa");

            browser.open("/communes/22546");
            assertThat(browser.heading()).isEqualTo("Không tìm thấy");
            assertThat(browser.text()).doesNotContain("Xã Ninh Thọ").doesNotContain("Exception");

            browser.driver().findElement(org.openqa.selenium.By.id("accountMenu")).click();
            browser.click("Đăng xuất");
            assertThat(browser.text()).contains("Bạn đã đăng xuất.");

            browser.open("/communes");
            assertThat(browser.path()).isEqualTo("/login");
        }
    }

    @Test
    void administratorSeesTheAdministrationMenuAndTheUsers() {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("admin", Sessions.DEMO_PASSWORD);
            assertThat(browser.menu()).contains("Quản trị");

            browser.navigate(() -> new Select(browser.field("Năm")).selectByVisibleText("2022"));
            assertThat(browser.text()).contains("Năm đang xem: 2022");

            browser.clickInMenu("Quản trị", "Người dùng");
            assertThat(browser.heading()).isEqualTo("Quản lý người dùng");
            // other tests add accounts of their own: the administrator finds one by searching, as on any long list
            browser.type("Tìm kiếm", "ninhthuy").click("Tìm kiếm");
            assertThat(browser.text()).contains("ninhthuy").doesNotContain("ninhtho");
            browser.type("Tìm kiếm", "bcd").click("Tìm kiếm");
            assertThat(browser.text()).contains("Ban Chỉ đạo thị xã");
        }
    }

    @Test
    void wrongPasswordIsToldInVietnamese() {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("khong-ton-tai", "not-the-password");
            assertThat(browser.path()).startsWith("/login");
            assertThat(browser.text()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
        }
    }
}
