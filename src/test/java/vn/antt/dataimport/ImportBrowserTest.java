package vn.antt.dataimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antt.infrastructure.excel.ImportSheet;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Browser;
import vn.antt.support.Sessions;

/** Uploads through the real server and browser: the size limit, and the progress of a large import. */
@Tag("browser")
@AnttIntegrationTest
class ImportBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path directory;

    @Test
    void aTwentyMegabyteFileIsRefusedWithAMessage() throws Exception {
        Path big = directory.resolve("qua-lon.xlsx");
        Files.write(big, new byte[20 * 1024 * 1024]);
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("ninhtho", Sessions.DEMO_PASSWORD).open("/imports?kind=models");
            browser.field("Tệp Excel (.xlsx)").sendKeys(big.toString());
            browser.click("Tải lên và kiểm tra");
            assertThat(browser.text()).contains("Tệp lớn hơn 10 MB.");
        }
    }

    @Test
    void anImportOfMoreThanAThousandRowsShowsItsProgress() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 1200; i++) {
            rows.add(new ArrayList<>(List.of("Tổ tự quản nhập lớn " + i, "LIEN_GIA", "22546", "",
                    LocalDate.of(2025, 1 + i % 12, 1 + i % 28), "", "", "", "", "", 6, "", "", "")));
        }
        Path file = directory.resolve("nhap-lon.xlsx");
        Files.write(file, ImportSheet.write(ImportTest.HEADERS, rows, null, null));
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("ninhtho", Sessions.DEMO_PASSWORD).open("/imports?kind=models");
            browser.field("Tệp Excel (.xlsx)").sendKeys(file.toString());
            browser.click("Tải lên và kiểm tra");
            assertThat(browser.text()).contains("Đã kiểm tra 1.200 dòng: 1.200 dòng hợp lệ.");

            browser.clickAndConfirm("Xác nhận nhập 1.200 dòng hợp lệ");
            assertThat(browser.text()).containsAnyOf("Đang nhập 1.200 dòng hợp lệ", "Đã nhập 1.200 dòng.");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(
                    ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đã nhập 1.200 dòng."));
        }
        assertThat(jdbc.queryForObject("select count(*) from self_managed_model where name like 'Tổ tự quản nhập lớn %'",
                Integer.class)).isEqualTo(1200);
    }
}
