package vn.antt.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Browser;
import vn.antt.support.Sessions;

/** A session that ends while a long form is being typed loses nothing (issue 12 §3). */
@Tag("browser")
@AnttIntegrationTest
class SessionEndBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void whatWasTypedComesBackAfterTheNewLoginAndIsStoredOnce() {
        String name = "Trường Tiểu học Phiên Hết Hạn Ninh Thủy";
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("ninhthuy", Sessions.DEMO_PASSWORD);
            browser.open("/organizations/new");
            browser.type("Tên", name)
                    .select("Loại", "Nhà trường")
                    .type("Địa chỉ", "Tổ dân phố 5, Phường Ninh Thủy")
                    .type("Người đứng đầu", "Lê Văn Hết Hạn");

            // the session ends while the form is open: its cookie is gone
            browser.driver().manage().deleteCookieNamed("JSESSIONID");
            browser.click("Lưu");

            assertThat(browser.path()).startsWith("/login");
            assertThat(browser.text()).contains("Phiên làm việc đã hết hạn").doesNotContain("không có quyền");
            assertThat(count(name)).isZero();

            browser.type("Tên đăng nhập", "ninhthuy").type("Mật khẩu", Sessions.DEMO_PASSWORD).click("Đăng nhập");

            assertThat(browser.path()).isEqualTo("/organizations/new");
            assertThat(browser.text()).contains("Nội dung bạn đã nhập trước khi phiên làm việc hết hạn đã được khôi phục");
            assertThat(browser.value("Tên")).isEqualTo(name);
            assertThat(browser.value("Địa chỉ")).isEqualTo("Tổ dân phố 5, Phường Ninh Thủy");
            assertThat(browser.value("Người đứng đầu")).isEqualTo("Lê Văn Hết Hạn");
            assertThat(count(name)).isZero();

            browser.click("Lưu");
            assertThat(browser.heading()).isEqualTo(name);
            assertThat(count(name)).isEqualTo(1);

            // the draft was forgotten once sent: the empty form stays empty
            browser.open("/organizations/new");
            assertThat(browser.value("Tên")).isEmpty();
            assertThat(browser.text()).doesNotContain("đã được khôi phục");
        }
    }

    private int count(String name) {
        return jdbc.queryForObject("select count(*) from organization where name = ?", Integer.class, name);
    }
}
