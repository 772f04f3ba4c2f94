package vn.antt.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Browser;
import vn.antt.support.Sessions;

/**
 * Issue 14 §7: the dashboard's charts are read as a person reads them: the share's axis in %, every bar's value
 * written on it, labels on several lines instead of cut (also on a phone), each chart with its table.
 */
@Tag("browser")
@AnttIntegrationTest
class ChartsBrowserTest {

    @LocalServerPort
    int port;

    @Test
    @SuppressWarnings("unchecked")
    void theChartsSayTheirValuesInPercentAndKeepTheirTables() throws Exception {
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        try (Browser steering = new Browser("http://localhost:" + port)) {
            steering.viewport(1280, 800).login("bcd", Sessions.DEMO_PASSWORD).open("/?year=2023");
            JavascriptExecutor page = (JavascriptExecutor) steering.driver();
            Object ticks = page.executeScript("""
                    const chart = Chart.getChart(document.querySelector('canvas[data-unit="%"]'));
                    return [chart.options.scales.x.ticks.callback(0), chart.options.scales.x.ticks.callback(50),
                            chart.options.scales.x.max, chart.options.plugins.anttValues.unit]""");
            assertThat((List<Object>) ticks).containsExactly("0%", "50%", 100L, "%");
            // a long label goes on several lines rather than being cut
            Object labels = page.executeScript("""
                    return Chart.getChart(document.querySelector('canvas[data-unit="%"]')).data.labels
                        .map(label => Array.isArray(label) ? label.join(' / ') : label)""");
            assertThat((List<Object>) labels).containsExactly("Xã, phường", "Khu dân cư", "Cơ quan, doanh / nghiệp, nhà trường");
            assertThat(steering.measure("""
                    return Chart.getChart(document.querySelector('canvas[data-unit="%"]')).scales.y.left""")).isGreaterThanOrEqualTo(0);
            assertThat(steering.driver().findElement(org.openqa.selenium.By.id("figure-recognition")).getText())
                    .contains("Xã, phường");
            assertThat(steering.driver().findElement(org.openqa.selenium.By.id("figure-states")).getText())
                    .contains("Đã công nhận");
            steering.driver().findElement(org.openqa.selenium.By.id("year-figures"));
            page.executeScript("document.getElementById('year-figures').scrollIntoView()");
            steering.screenshot(shots.resolve("bcd-charts-1280.png"));

            steering.viewport(390, 844).open("/?year=2023");
            assertThat(steering.measure("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
            assertThat(steering.measure("""
                    const chart = Chart.getChart(document.querySelector('canvas[data-unit="%"]'));
                    return chart.scales.y.left""")).as("the label axis starts inside the canvas").isGreaterThanOrEqualTo(0);
            // the charts' cards as the phone shows them
            Files.write(shots.resolve("bcd-charts-390.png"), steering.driver().findElement(
                    org.openqa.selenium.By.cssSelector("#year-figures .row:nth-of-type(2)"))
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        }
    }
}
