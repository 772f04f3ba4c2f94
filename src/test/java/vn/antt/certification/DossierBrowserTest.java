package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Browser;
import vn.antt.support.Sessions;

/** The steering committee opens the year's dossiers; a commune officer fills one of a khu dân cư and submits it. */
@Tag("browser")
@AnttIntegrationTest
class DossierBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path directory;

    @Test
    void anOfficerSelfAssessesAttachesAndSubmitsAKhuDanCuDossier() throws Exception {
        try (Browser steering = new Browser("http://localhost:" + port)) {
            steering.login("bcd", Sessions.DEMO_PASSWORD).open("/dossiers");
            steering.clickAndConfirm("Lập hồ sơ cho tất cả đối tượng");
            assertThat(steering.text()).contains("Hồ sơ đề nghị công nhận năm 2023");
        }
        long dossier = jdbc.queryForObject("""
                select d.id from dossier d join residential_area a on a.id = d.residential_area_id
                join commune c on c.id = a.commune_id join evaluation_year y on y.id = d.year_id
                where c.code = '22546' and y.year = 2023 and d.state = 'DRAFT' order by a.name limit 1""", Long.class);
        Path minutes = directory.resolve("bien-ban-hop-xet.pdf");
        Files.writeString(minutes, "%PDF-1.4 biên bản họp xét");

        try (Browser officer = new Browser("http://localhost:" + port)) {
            officer.login("ninhtho", Sessions.DEMO_PASSWORD);
            assertThat(officer.driver().findElement(By.id("work-queue")).getText())
                    .contains("Việc cần làm năm 2023", "hồ sơ đang lập, chờ hoàn thiện và gửi đề nghị");
            officer.open("/dossiers/" + dossier);
            assertThat(officer.text()).contains("Đang lập", "Điều 5, khoản 1");

            officer.clickAndConfirm("Lưu và gửi đề nghị");
            assertThat(officer.text()).contains("Chưa tự đánh giá đủ các tiêu chí.");
            assertThat(jdbc.queryForObject("select state from dossier where id = ?", String.class, dossier))
                    .isEqualTo("DRAFT");
            officer.open("/dossiers/" + dossier);

            officer.type("Ngày đăng ký", "15/03/2023");
            officer.tickAll("input[type=radio][value=MET]");
            officer.click("Lưu nháp");
            assertThat(officer.text()).contains("Đã lưu nháp hồ sơ.");

            officer.select("Loại tài liệu", "Biên bản họp xét");
            officer.field("Tệp (PDF, ảnh, Word, Excel; tối đa 10 MB)").sendKeys(minutes.toString());
            officer.click("Đính kèm");
            assertThat(officer.text()).contains("Đã đính kèm tài liệu.", "bien-ban-hop-xet.pdf");

            officer.clickAndConfirm("Lưu và gửi đề nghị");
            assertThat(officer.driver().findElement(By.id("dossier-state")).getText()).isEqualTo("Đã gửi đề nghị");
            assertThat(officer.driver().findElement(By.id("history")).getText()).contains("ninhtho", "Đã gửi đề nghị");
        }
        assertThat(jdbc.queryForObject("select state from dossier where id = ?", String.class, dossier))
                .isEqualTo("SUBMITTED");
    }
}
