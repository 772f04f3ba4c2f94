package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antt.account.AccountService;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Browser;
import vn.antt.support.Sessions;
import vn.antt.support.SpareYear;

/**
 * Issue 14 §4 and §6 as an officer and two appraisers live them, on a spare year opened for the test and removed
 * afterwards (2024 must stay unopened for the other tests): the commune dossier is filled and sent with one click, a
 * wrong document is removed, and each appraiser reads why they can or cannot appraise.
 */
@Tag("browser")
@AnttIntegrationTest
class DossierStepsBrowserTest {

    private static final int YEAR = SpareYear.YEAR;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KnownYears knownYears;

    @Autowired
    EvaluationYears years;

    @Autowired
    DossierService dossiers;

    @Autowired
    AccountService accounts;

    @TempDir
    Path directory;

    long communeDossier;
    long townDossier;

    @BeforeEach
    void openASpareYear() {
        SpareYear.open(jdbc, years, accounts.loadUserByUsername("bcd"));
        long commune = jdbc.queryForObject("select commune_id from user_account where username = 'ninhtho'",
                Long.class);
        // an organization of the commune that the town manages this year: its dossier is the town police's
        long organization = jdbc.queryForObject("select min(id) from organization where commune_id = ?", Long.class,
                commune);
        jdbc.update("""
                insert into roster_entry (year_id, organization_id, managing_commune_id, basis)
                select id, ?, null, 'Quyết định số 1/QĐ-BCĐ (kiểm thử)' from evaluation_year where year = ?""",
                organization, YEAR);
        CurrentUser officer = accounts.loadUserByUsername("ninhtho");
        CurrentUser police = accounts.loadUserByUsername("congan");
        dossiers.createAll(YEAR, dossiers.toCreate(YEAR, officer), officer);
        dossiers.createAll(YEAR, dossiers.toCreate(YEAR, police), police);
        communeDossier = jdbc.queryForObject("""
                select d.id from dossier d join evaluation_year y on y.id = d.year_id
                where y.year = ? and d.subject_kind = 'COMMUNE' and d.commune_id = ?""", Long.class, YEAR, commune);
        townDossier = jdbc.queryForObject("""
                select d.id from dossier d join evaluation_year y on y.id = d.year_id
                where y.year = ? and d.organization_id = ?""", Long.class, YEAR, organization);
    }

    @AfterEach
    void removeTheSpareYear() {
        SpareYear.remove(jdbc, knownYears);
    }

    @Test
    void theOfficerSendsInOneClickAndEachAppraiserReadsWhy() throws Exception {
        Path wrong = directory.resolve("nham-tep.pdf");
        Files.writeString(wrong, "%PDF-1.4 tệp chọn nhầm");
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));

        try (Browser officer = new Browser("http://localhost:" + port)) {
            officer.login("ninhtho", Sessions.DEMO_PASSWORD).open("/dossiers/" + communeDossier);
            assertThat(guidance(officer)).startsWith("Việc của bạn: tự đánh giá từng tiêu chí");
            assertThat(officer.text()).contains("Chưa có tài liệu nào.");

            // the picker speaks Vietnamese and names the chosen file
            assertThat(officer.text()).contains("Chọn tệp…", "Chưa chọn tệp nào");
            officer.select("Loại tài liệu", "Tài liệu khác");
            officer.field("Tệp (PDF, ảnh, Word, Excel; tối đa 10 MB)").sendKeys(wrong.toString());
            assertThat(officer.driver().findElement(By.id("attachmentFile-name")).getText()).isEqualTo("nham-tep.pdf");
            officer.click("Đính kèm");
            assertThat(officer.driver().findElement(By.id("attachments")).getText()).contains("nham-tep.pdf");

            officer.clickAndConfirm("Gỡ bỏ");
            assertThat(officer.question()).contains("nham-tep.pdf", "Tài liệu khác");
            assertThat(officer.text()).contains("Đã gỡ bỏ tài liệu khỏi hồ sơ.").doesNotContain("nham-tep.pdf");
            assertThat(jdbc.queryForObject("select count(*) from dossier_attachment where dossier_id = ?",
                    Integer.class, communeDossier)).isZero();
            assertThat(jdbc.queryForObject("""
                    select detail from audit_log where action = 'ATTACHMENT_REMOVED' and username = 'ninhtho'
                    order by id desc limit 1""", String.class)).isEqualTo("Tài liệu khác: nham-tep.pdf");

            // the required documents (attached as before); then the criteria, missing one at first
            CurrentUser ninhTho = accounts.loadUserByUsername("ninhtho");
            for (AttachmentKind kind : AttachmentKind.requiredFor(SubjectKind.COMMUNE)) {
                dossiers.attach(communeDossier, kind, kind + ".pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8),
                        ninhTho);
            }
            officer.open("/dossiers/" + communeDossier);
            WebElement firstEvidence = officer.driver().findElement(By.cssSelector("textarea[name^=evidence_]"));
            firstEvidence.sendKeys("Biên bản kiểm tra ngày 10/11/2024");
            officer.clickAndConfirm("Lưu và gửi đề nghị");
            assertThat(officer.driver().findElement(By.id("send-refused")).getText())
                    .isEqualTo("Chưa tự đánh giá đủ các tiêu chí.");
            assertThat(officer.driver().findElement(By.cssSelector("textarea[name^=evidence_]")).getDomProperty("value"))
                    .isEqualTo("Biên bản kiểm tra ngày 10/11/2024");
            assertThat(state(communeDossier)).isEqualTo("DRAFT");

            officer.tickAll("input[type=radio][value=MET]");
            officer.clickAndConfirm("Lưu và gửi đề nghị");
            assertThat(officer.question()).startsWith("Lưu và gửi hồ sơ đề nghị?");
            assertThat(officer.driver().findElement(By.id("dossier-state")).getText()).isEqualTo("Đã gửi đề nghị");
            assertThat(state(communeDossier)).isEqualTo("SUBMITTED");
            assertThat(guidance(officer)).isEqualTo("Hồ sơ đã gửi đề nghị, đang chờ Công an thị xã thẩm định. "
                    + "Bạn chỉ sửa được khi hồ sơ được trả lại để bổ sung.");
            assertThat(officer.driver().findElements(By.cssSelector("form[action$='/delete']"))).isEmpty();
            officer.viewport(1280, 800).screenshot(shots.resolve("officer-sent-dossier-1280.png"));
            officer.viewport(390, 844).screenshot(shots.resolve("officer-sent-dossier-390.png"));
            assertThat(officer.measure("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
        }

        // the town police prepare and send the dossier of the organization the town manages
        CurrentUser police = accounts.loadUserByUsername("congan");
        Map<Long, DossierService.SelfAssessment> met = new HashMap<>();
        dossiers.assessments(townDossier, police).forEach(a -> met.put(a.getCriterion().getId(),
                new DossierService.SelfAssessment(true, null)));
        for (AttachmentKind kind : AttachmentKind.requiredFor(SubjectKind.ORGANIZATION)) {
            dossiers.attach(townDossier, kind, kind + ".pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), police);
        }
        long version = jdbc.queryForObject("select version from dossier where id = ?", Long.class, townDossier);
        assertThat(dossiers.saveAndSubmit(townDossier, version, null, null, met, police)).isEmpty();

        try (Browser sender = new Browser("http://localhost:" + port)) {
            sender.login("congan", Sessions.DEMO_PASSWORD).open("/dossiers/" + townDossier);
            assertThat(guidance(sender)).isEqualTo("Hồ sơ do bạn gửi đề nghị; cán bộ thẩm định khác sẽ thẩm định.");
            assertThat(sender.text()).doesNotContain("Kết luận: Đạt");
            sender.open("/dossiers/" + communeDossier);
            assertThat(guidance(sender)).startsWith("Việc của bạn: hồ sơ đã gửi đề nghị và chờ thẩm định.");
            assertThat(sender.text()).contains("Kết luận: Đạt");
        }
        try (Browser second = new Browser("http://localhost:" + port)) {
            second.login("congan2", Sessions.DEMO_PASSWORD).open("/dossiers/" + townDossier);
            assertThat(guidance(second)).startsWith("Việc của bạn: hồ sơ đã gửi đề nghị và chờ thẩm định.");
            assertThat(second.text()).contains("Kết luận: Đạt");
        }
    }

    private static String guidance(Browser browser) {
        return browser.driver().findElement(By.id("dossier-guidance")).getText();
    }

    private String state(long dossier) {
        return jdbc.queryForObject("select state from dossier where id = ?", String.class, dossier);
    }
}
