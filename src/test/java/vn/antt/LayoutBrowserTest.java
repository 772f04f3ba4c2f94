package vn.antt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.Browser;
import vn.antt.support.Sessions;

/**
 * Every role's pages at a laptop's width (1280 px: the menu on one line) and a phone's (390 px: the menu collapses
 * behind its button, and no page is wider than the screen). Screenshots land in target/screenshots to be looked at.
 */
@Tag("browser")
@AnttIntegrationTest
class LayoutBrowserTest {

    private static final int NAVBAR_MAX_HEIGHT = 64;

    /** The innermost elements that reach past the right edge of the viewport, to say what overflows. */
    private static final String WIDEST = """
            const past = Array.from(document.querySelectorAll('body *'))
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5 && e.getClientRects().length);
            return past.filter(e => !past.some(o => o !== e && e.contains(o))).slice(0, 3)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + Array.from(e.classList).join('.')
                    + ' "' + (e.textContent || '').trim().substring(0, 30) + '"').join(' | ')""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"ninhthuy", "congan", "bcd", "admin"})
    void theMenuFitsOneLineAtALaptopsWidthAndNoPageOverflowsAPhone(String username) throws Exception {
        long dossier = jdbc.queryForObject("""
                select d.id from dossier d join commune c on c.id = d.commune_id join evaluation_year y on y.id = d.year_id
                where c.code = '22567' and y.year = 2023 and d.subject_kind = 'COMMUNE'""", Long.class);
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.viewport(1280, 800).login(username, Sessions.DEMO_PASSWORD);

            assertThat(browser.measure("return window.innerWidth")).isEqualTo(1280);
            assertThat(browser.measure("""
                    const tops = Array.from(document.querySelectorAll(
                        '.antt-navbar .navbar-brand, #mainMenu .navbar-nav > li, #mainMenu .antt-year'))
                        .map(e => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2));
                    return Math.max(...tops) - Math.min(...tops)""")).as("navbar items on one line").isLessThanOrEqualTo(4);
            assertThat(browser.measure("return document.querySelector('.antt-navbar').offsetHeight"))
                    .as("navbar height").isLessThanOrEqualTo(NAVBAR_MAX_HEIGHT);
            browser.screenshot(shots.resolve(username + "-home-1280.png"));
            browser.open("/dossiers/" + dossier).screenshot(shots.resolve(username + "-dossier-1280.png"));
            browser.open("/dossiers").screenshot(shots.resolve(username + "-list-1280.png"));

            Set<String> pages = new LinkedHashSet<>(List.of("/", "/communes/22567", "/dossiers/" + dossier));
            browser.driver().findElements(By.cssSelector("#mainMenu a[href]")).stream()
                    .map(link -> link.getDomAttribute("href"))
                    .filter(href -> href.startsWith("/") && !href.equals("/logout"))
                    .forEach(pages::add);
            assertThat(pages).hasSizeGreaterThan(5);

            browser.viewport(390, 844);
            List<String> overflowing = new ArrayList<>();
            for (String page : pages) {
                browser.open(page);
                long width = browser.measure("return document.documentElement.scrollWidth");
                if (width > 390) {
                    overflowing.add(page + " is " + width + " px wide, past the edge: " + ((JavascriptExecutor) browser.driver())
                            .executeScript(WIDEST));
                }
            }
            assertThat(overflowing).as("pages wider than a 390 px phone").isEmpty();

            browser.open("/").screenshot(shots.resolve(username + "-home-390.png"));
            WebElement menu = browser.driver().findElement(By.id("mainMenu"));
            assertThat(menu.isDisplayed()).as("menu collapsed on a phone").isFalse();
            browser.driver().findElement(By.cssSelector(".navbar-toggler")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                    .until(d -> d.findElement(By.id("mainMenu")).getSize().getHeight() > 100);
            assertThat(browser.measure("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
            browser.screenshot(shots.resolve(username + "-menu-390.png"));
            browser.open("/dossiers/" + dossier).screenshot(shots.resolve(username + "-dossier-390.png"));
            browser.open("/dossiers").screenshot(shots.resolve(username + "-list-390.png"));
        }
    }
}
