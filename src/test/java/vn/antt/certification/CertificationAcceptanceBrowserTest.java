package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Browser;
import vn.antt.support.Sessions;

/**
 * The year's work in three browsers, on the demo data: Phường Ninh Thủy's officer records one more khu dân cư and
 * sees the commune's 70% rule flip, fills and submits the commune's dossier; the town police return it, then
 * appraise it; the steering committee drafts one decision for it and two other appraised communes, prints the draft
 * and issues it.
 */
@Tag("browser")
@AnttIntegrationTest
class CertificationAcceptanceBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path directory;

    @Test
    void fromTheSeventyPercentRuleToTheIssuedDecision() throws Exception {
        long commune = dossierOfCommune("22567");
        long area = jdbc.queryForObject("""
                select d.id from dossier d join residential_area a on a.id = d.residential_area_id
                join commune c on c.id = a.commune_id join evaluation_year y on y.id = d.year_id
                where c.code = '22567' and y.year = 2023 and a.name = 'Tổ dân phố 7'""", Long.class);
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        try (Browser officer = browser("ninhthuy")) {
            officer.open("/dossiers/" + commune);
            assertThat(criterion(officer, "Điều 6, khoản 4")).contains(
                    "Khu dân cư được công nhận: 6/10 = 60,0% — Không đạt (cần ≥ 70%, tối thiểu 7)");
            assertThat(officer.driver().findElements(By.id("computed-warning"))).hasSize(1);

            officer.open("/dossiers/" + area);
            assertThat(officer.text()).contains("Tổ dân phố 7", "Đã thẩm định");
            // the commune's decision is recorded for the certificate: without its number the form comes back
            officer.type("Ngày ký", "10/11/2023");
            officer.type("Người ký (Chủ tịch UBND)", "Trần Văn Bình");
            officer.clickAndConfirm("Công nhận");
            assertThat(officer.question()).startsWith("Công nhận khu dân cư ").contains("Tổ dân phố 7", "năm 2023");
            assertThat(officer.text()).contains("Vui lòng nhập số quyết định công nhận của UBND xã, phường.");
            assertThat(officer.value("Ngày ký")).isEqualTo("10/11/2023");
            assertThat(officer.value("Người ký (Chủ tịch UBND)")).isEqualTo("Trần Văn Bình");
            assertThat(officer.driver().findElement(By.id("dossier-state")).getText()).isEqualTo("Đã thẩm định");
            officer.type("Số quyết định", "15/QĐ-UBND");
            officer.clickAndConfirm("Công nhận");
            assertThat(officer.driver().findElement(By.id("dossier-state")).getText()).isEqualTo("Đã công nhận");
            assertThat(officer.driver().findElement(By.id("area-decision")).getText()).isEqualTo("Quyết định công "
                    + "nhận số 15/QĐ-UBND ngày 10/11/2023 của Chủ tịch UBND phường Ninh Thủy — người ký: Trần Văn Bình");
            assertThat(jdbc.queryForMap("""
                    select area_decision_number, to_char(area_decision_date, 'DD/MM/YYYY') as signed_on,
                           area_decision_signer from dossier where id = ?""", area))
                    .containsValues("15/QĐ-UBND", "10/11/2023", "Trần Văn Bình");

            officer.open("/dossiers/" + commune);
            assertThat(criterion(officer, "Điều 6, khoản 4")).contains(
                    "Khu dân cư được công nhận: 7/10 = 70,0% — Đạt (cần ≥ 70%, tối thiểu 7)");
            assertThat(officer.driver().findElements(By.id("computed-warning"))).isEmpty();

            officer.type("Ngày đăng ký", "15/03/2023");
            officer.type("Văn bản đăng ký", "Đăng ký phấn đấu đạt tiêu chuẩn \"An toàn về ANTT\" năm 2023");
            officer.tickAll("input[type=radio][value=MET]");
            officer.click("Lưu nháp");
            assertThat(officer.text()).contains("Đã lưu nháp hồ sơ.");
            for (String kind : List.of("Tờ trình đề nghị", "Báo cáo kết quả", "Biên bản họp xét")) {
                attach(officer, kind, kind.toLowerCase().replace(' ', '-') + ".pdf");
            }
            officer.clickAndConfirm("Lưu và gửi đề nghị");
            assertThat(officer.driver().findElement(By.id("dossier-state")).getText()).isEqualTo("Đã gửi đề nghị");
        }

        try (Browser police = browser("congan")) {
            police.open("/dossiers/" + commune);
            police.type("Lý do trả lại (bắt buộc)", "Thiếu bản đăng ký phấn đấu có chữ ký của Chủ tịch UBND phường.");
            police.clickAndConfirm("Trả lại bổ sung");
            assertThat(police.question()).startsWith("Trả lại 1 hồ sơ (Phường Ninh Thủy) để bổ sung?");
            assertThat(police.driver().findElement(By.id("dossier-state")).getText()).isEqualTo("Trả lại bổ sung");
        }

        try (Browser officer = browser("ninhthuy")) {
            officer.open("/dossiers/" + commune);
            assertThat(officer.driver().findElement(By.id("return-reason")).getText())
                    .contains("Hồ sơ được trả lại để bổ sung:",
                            "Thiếu bản đăng ký phấn đấu có chữ ký của Chủ tịch UBND phường.");
            assertThat(officer.driver().findElement(By.id("history")).getText())
                    .contains("Thiếu bản đăng ký phấn đấu có chữ ký của Chủ tịch UBND phường.");
            attach(officer, "Bản đăng ký phấn đấu", "dang-ky-phan-dau.pdf");
            officer.clickAndConfirm("Lưu và gửi đề nghị");
            assertThat(officer.driver().findElement(By.id("dossier-state")).getText()).isEqualTo("Đã gửi đề nghị");
        }

        try (Browser police = browser("congan")) {
            police.open("/dossiers/" + commune);
            police.tickAll("input[type=radio][value=MET][name^=finding_]");
            police.type("Kết luận thẩm định", "Đạt đủ các tiêu chí; hồ sơ đầy đủ sau khi bổ sung.");
            police.clickAndConfirm("Kết luận: Đạt");
            assertThat(police.question()).startsWith("Kết luận thẩm định ĐẠT cho 1 hồ sơ (Phường Ninh Thủy)?");
            assertThat(police.driver().findElement(By.id("dossier-state")).getText()).isEqualTo("Đã thẩm định");
            assertThat(police.text()).contains("Lúc thẩm định");
        }

        long ninhPhuoc = dossierOfCommune("22579");
        long ninhPhu = dossierOfCommune("22582");
        try (Browser steering = browser("bcd")) {
            steering.open("/decisions?year=2023");
            for (String name : List.of("Phường Ninh Thủy", "Xã Ninh Phước", "Xã Ninh Phú")) {
                steering.tick(name);
            }
            // other tests add issuing bodies of their own: the town's People's Committee is chosen by name
            steering.select("Cơ quan ban hành", "Ủy ban nhân dân thị xã Ninh Hòa");
            steering.type("Tờ trình đề nghị", "Tờ trình số 52/TTr-CAX ngày 05/12/2023 của Công an thị xã");
            steering.type("Người ký", "Nguyễn Hữu Hòa");
            steering.click("Lập dự thảo quyết định");
            assertThat(steering.text()).contains("Dự thảo quyết định công nhận năm 2023", "Phường Ninh Thủy",
                    "Xã Ninh Phước", "Xã Ninh Phú");
            String decisionPath = steering.path();

            steering.open(decisionPath + "/print");
            assertThat(steering.text()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Phường Ninh Thủy",
                    "Xã Ninh Phước", "Xã Ninh Phú", "Nguyễn Hữu Hòa").containsPattern("Số:\\s+/QĐ-UBND");

            steering.open(decisionPath);
            steering.type("Số quyết định", "152/QĐ-UBND");
            steering.type("Ngày ký", "20/12/2023");
            steering.clickAndConfirm("Ban hành quyết định công nhận");
            assertThat(steering.driver().findElement(By.id("decision-state")).getText()).isEqualTo("Đã ban hành");

            for (long dossier : List.of(commune, ninhPhuoc, ninhPhu)) {
                steering.open("/dossiers/" + dossier);
                assertThat(steering.driver().findElement(By.id("dossier-state")).getText())
                        .isEqualTo("Đã công nhận");
            }
            steering.open("/dossiers/" + commune);
            List<String> history = steering.driver().findElements(By.cssSelector("#history tbody tr")).stream()
                    .map(WebElement::getText).toList();
            assertThat(history).hasSize(5);
            assertThat(history.get(0)).contains(today, "Cán bộ phường Ninh Thủy (dữ liệu mẫu)", "(ninhthuy)",
                    "Gửi đề nghị");
            assertThat(history.get(1)).contains(today, "Trần Văn Thẩm (dữ liệu mẫu)", "Trả lại bổ sung",
                    "Thiếu bản đăng ký phấn đấu");
            assertThat(history.get(2)).contains(today, "(ninhthuy)", "Gửi đề nghị");
            assertThat(history.get(3)).contains(today, "(congan)", "Thẩm định", "Đạt đủ các tiêu chí");
            assertThat(history.get(4)).contains(today, "Phạm Văn Chỉ Đạo (dữ liệu mẫu)", "Công nhận",
                    "152/QĐ-UBND — 20/12/2023");
        }

        assertThat(jdbc.queryForList("select state from dossier where id in (?, ?, ?)", String.class, commune,
                ninhPhuoc, ninhPhu)).containsOnly("RECOGNIZED").hasSize(3);
        assertThat(jdbc.queryForList("select action from dossier_event where dossier_id = ? order by id",
                String.class, commune)).containsExactly("SUBMIT", "RETURN", "SUBMIT", "APPRAISE", "RECOGNIZE");
    }

    private Browser browser(String username) {
        return new Browser("http://localhost:" + port).login(username, Sessions.DEMO_PASSWORD);
    }

    private long dossierOfCommune(String code) {
        return jdbc.queryForObject("""
                select d.id from dossier d join commune c on c.id = d.commune_id join evaluation_year y on y.id = d.year_id
                where c.code = ? and y.year = 2023""", Long.class, code);
    }

    /** The row of the criteria table for an article and clause, as shown. */
    private static String criterion(Browser browser, String articleAndClause) {
        return browser.driver().findElement(By.xpath("//table[@id='criteria']//tr[td[normalize-space(.)='"
                + articleAndClause + "']]")).getText();
    }

    private void attach(Browser browser, String kind, String fileName) throws Exception {
        Path file = directory.resolve(fileName);
        Files.writeString(file, "%PDF-1.4 " + kind);
        browser.select("Loại tài liệu", kind);
        browser.field("Tệp (PDF, ảnh, Word, Excel; tối đa 10 MB)").sendKeys(file.toString());
        browser.click("Đính kèm");
        assertThat(browser.text()).contains("Đã đính kèm tài liệu.", fileName);
    }
}
