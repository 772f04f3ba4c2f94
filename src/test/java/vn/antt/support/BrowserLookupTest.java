package vn.antt.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser tests' lookup of a browser and driver, without a browser: what each machine gets. */
class BrowserLookupTest {

    private static final List<Path> NOWHERE = List.of(Path.of("/nonexistent/chromium"));
    private static final List<Path> NO_DRIVER = List.of(Path.of("/nonexistent/chromedriver"));

    @TempDir
    Path dir;

    @Test
    void aMachineWithoutBrowserAndWithoutSeleniumManagerGetsOneMessageSayingWhatToInstall() {
        BrowserLookup lookup = new BrowserLookup(Map.<String, String>of()::get, NOWHERE, NO_DRIVER, () -> {
            throw new IllegalStateException("error sending request for url (https://googlechromelabs.github.io/...)");
        });

        assertThatThrownBy(lookup::find).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Không tìm thấy trình duyệt Chromium/Chrome và ChromeDriver")
                .hasMessageContaining("No Chromium/Chrome browser with a ChromeDriver was found")
                .hasMessageContaining("sudo apt install chromium chromium-driver")
                .hasMessageContaining("Selenium Manager tự tải Chrome for Testing")
                .hasMessageContaining("Selenium Manager failed: error sending request");
    }

    @Test
    void seleniumManagerTurnedOffIsNotAsked() {
        BrowserLookup lookup = new BrowserLookup(Map.of("antt.browser.selenium-manager", "false")::get, NOWHERE,
                NO_DRIVER, () -> {
                    throw new AssertionError("Selenium Manager must not run");
                });

        assertThatThrownBy(lookup::find).hasMessageContaining("sudo apt install chromium chromium-driver")
                .hasMessageContaining("Selenium Manager turned off");
    }

    @Test
    void anInstalledBrowserWithItsDriverComesBeforeSeleniumManager() throws IOException {
        Path chromium = executable("chromium");
        Path driver = executable("chromedriver");
        BrowserLookup lookup = new BrowserLookup(Map.<String, String>of()::get,
                List.of(Path.of("/nonexistent/chromium"), chromium), List.of(driver), () -> {
                    throw new AssertionError("Selenium Manager must not run");
                });

        assertThat(lookup.find()).isEqualTo(new BrowserLookup.Found(chromium, driver, "installed"));
    }

    @Test
    void aBrowserWithoutDriverFallsBackToSeleniumManager() throws IOException {
        Path chromium = executable("chromium");
        BrowserLookup.Found managed = new BrowserLookup.Found(executable("chrome"), executable("chromedriver"),
                "Selenium Manager");
        BrowserLookup lookup = new BrowserLookup(Map.<String, String>of()::get, List.of(chromium), NO_DRIVER,
                () -> managed);

        assertThat(lookup.find()).isEqualTo(managed);
    }

    @Test
    void explicitPathsWinAndWrongOnesAreNamedInTheMessage() throws IOException {
        Path chrome = executable("chrome");
        Path driver = executable("chromedriver");
        BrowserLookup chosen = new BrowserLookup(
                Map.of("antt.browser", chrome.toString(), "antt.browser.driver", driver.toString())::get,
                NOWHERE, NO_DRIVER, () -> null);
        assertThat(chosen.find().browser()).isEqualTo(chrome);

        BrowserLookup wrong = new BrowserLookup(Map.of("antt.browser", "/nonexistent/chrome", "antt.browser.driver",
                driver.toString(), "antt.browser.selenium-manager", "false")::get, NOWHERE, NO_DRIVER, () -> null);
        assertThatThrownBy(wrong::find).hasMessageContaining("antt.browser=/nonexistent/chrome");
    }

    @Test
    void aBrowserThatDoesNotStartIsNamedWithWhatToInstall() {
        String message = BrowserLookup.startFailed(new BrowserLookup.Found(Path.of("/usr/bin/chromium"),
                Path.of("/usr/bin/chromedriver"), "installed"),
                "session not created: This version of ChromeDriver only supports Chrome version 150\nmore");

        assertThat(message).contains("Không khởi động được trình duyệt /usr/bin/chromium")
                .contains("The browser /usr/bin/chromium did not start").contains("sudo apt install chromium chromium-driver")
                .contains("only supports Chrome version 150").doesNotContain("more");
    }

    private Path executable(String name) throws IOException {
        Path file = Files.createDirectories(dir.resolve(name + "-dir")).resolve(name);
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
