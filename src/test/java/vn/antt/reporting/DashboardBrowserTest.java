package vn.antt.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Browser;
import vn.antt.support.Sessions;

/** Tổng quan: the year's figures for the district with their charts, a commune's when drilled into or when its own. */
@Tag("browser")
@AnttIntegrationTest
class DashboardBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void theSteeringCommitteeReadsTheYearAndDrillsIntoACommune() {
        try (Browser steering = new Browser("http://localhost:" + port)) {
            steering.login("bcd", Sessions.DEMO_PASSWORD).open("/?year=2022");
            WebElement figures = steering.driver().findElement(By.id("year-figures"));
            assertThat(figures.getText()).contains("Tổng quan năm 2022 — toàn thị xã", "Đạt chỉ tiêu (≥ 95,0%)",
                    "Phường Ninh Thủy", "Xã Ninh Phước");
            assertThat(steering.driver().findElement(By.id("figure-communes")).getText()).isEqualTo("27/27");
            assertThat(steering.driver().findElement(By.id("figure-organizations")).getText()).isEqualTo("54/54");
            assertThat(steering.driver().findElement(By.id("figure-models")).getText()).isEqualTo("78");
            Object charts = ((JavascriptExecutor) steering.driver()).executeScript(
                    "return Array.from(document.querySelectorAll('canvas[data-chart]'))"
                            + ".filter(c => Chart.getChart(c) !== undefined).length");
            // every dossier of a closed year is decided alike: that chart of one bar is shown as its figure
            assertThat(((Number) charts).intValue()).as("every chart drawn").isEqualTo(1);
            assertThat(steering.driver().findElement(By.id("states-single")).getText())
                    .matches("(?s)\\d+\\nCả \\d+ hồ sơ đều ở trạng thái “.+”");

            steering.click("Xã Ninh Phước");
            assertThat(steering.path()).startsWith("/communes/22579");
            assertThat(steering.driver().findElement(By.id("year-figures")).getText())
                    .contains("Tổng quan năm 2022 — Xã Ninh Phước");
            assertThat(steering.driver().findElement(By.id("figure-communes")).getText()).isEqualTo("1/1");
        }
    }

    @Test
    void aCommuneOfficerSeesTheirCommunesFigures() {
        try (Browser officer = new Browser("http://localhost:" + port)) {
            officer.login("ninhthuy", Sessions.DEMO_PASSWORD).open("/?year=2023");
            assertThat(officer.driver().findElement(By.id("year-figures")).getText())
                    .contains("Tổng quan năm 2023 — Phường Ninh Thủy").doesNotContain("Xã Ninh Phước");
            assertThat(officer.driver().findElements(By.id("figure-communes-table"))).isEmpty();
        }
    }
}
