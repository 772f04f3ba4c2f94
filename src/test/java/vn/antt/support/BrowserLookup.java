package vn.antt.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.openqa.selenium.manager.SeleniumManager;

/**
 * Finds the Chrome-family browser and its driver that the browser tests drive, in this order:
 * <ol>
 * <li>an explicit choice: system properties {@code antt.browser} and {@code antt.browser.driver}, or environment
 * variables {@code ANTT_BROWSER} and {@code ANTT_BROWSER_DRIVER} (both paths must exist);</li>
 * <li>an installed browser and driver: Debian's {@code chromium} and {@code chromedriver} (what CI installs), Ubuntu's
 * {@code chromium-browser}, Google Chrome;</li>
 * <li>Selenium Manager, which finds or downloads Chrome for Testing and its driver (a fresh machine with internet
 * needs nothing by hand); {@code -Dantt.browser.selenium-manager=false} turns it off.</li>
 * </ol>
 * Where none of them gives both a browser and a driver, {@link #find()} fails with one message in Vietnamese and
 * English that says what to install.
 */
public final class BrowserLookup {

    /** A browser binary and the driver that drives it. */
    public record Found(Path browser, Path driver, String source) {
    }

    static final List<Path> INSTALLED_BROWSERS = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"),
            Path.of("/usr/bin/google-chrome"), Path.of("/usr/bin/google-chrome-stable"),
            Path.of("/opt/google/chrome/chrome"), Path.of("/snap/bin/chromium"));
    static final List<Path> INSTALLED_DRIVERS = List.of(Path.of("/usr/bin/chromedriver"),
            Path.of("/usr/lib/chromium/chromedriver"), Path.of("/usr/lib/chromium-browser/chromedriver"),
            Path.of("/usr/local/bin/chromedriver"), Path.of("/snap/bin/chromium.chromedriver"));

    private final Function<String, String> settings;
    private final List<Path> browsers;
    private final List<Path> drivers;
    private final Supplier<Found> seleniumManager;

    BrowserLookup(Function<String, String> settings, List<Path> browsers, List<Path> drivers,
            Supplier<Found> seleniumManager) {
        this.settings = settings;
        this.browsers = browsers;
        this.drivers = drivers;
        this.seleniumManager = seleniumManager;
    }

    /** The lookup of this machine: system properties, then environment variables; the usual paths; Selenium Manager. */
    public static BrowserLookup ofThisMachine() {
        return new BrowserLookup(BrowserLookup::systemSetting, INSTALLED_BROWSERS, INSTALLED_DRIVERS,
                BrowserLookup::askSeleniumManager);
    }

    /** The browser and driver to use, or an {@link IllegalStateException} saying what to install. */
    public Found find() {
        String browser = settings.apply("antt.browser");
        String driver = settings.apply("antt.browser.driver");
        List<String> tried = new ArrayList<>();
        if (browser != null || driver != null) {
            if (browser != null && driver != null && Files.isExecutable(Path.of(browser))
                    && Files.isExecutable(Path.of(driver))) {
                return new Found(Path.of(browser), Path.of(driver), "antt.browser / antt.browser.driver");
            }
            tried.add("antt.browser=" + browser + ", antt.browser.driver=" + driver
                    + " (both must name executable files)");
        }
        Optional<Path> installedBrowser = browsers.stream().filter(Files::isExecutable).findFirst();
        Optional<Path> installedDriver = drivers.stream().filter(Files::isExecutable).findFirst();
        if (installedBrowser.isPresent() && installedDriver.isPresent()) {
            return new Found(installedBrowser.get(), installedDriver.get(), "installed");
        }
        tried.add("installed browser " + installedBrowser.map(Path::toString).orElse("none") + " among " + browsers
                + ", driver " + installedDriver.map(Path::toString).orElse("none") + " among " + drivers);
        if (!"false".equalsIgnoreCase(settings.apply("antt.browser.selenium-manager"))) {
            try {
                Found managed = seleniumManager.get();
                if (managed != null && Files.isExecutable(managed.browser()) && Files.isExecutable(managed.driver())) {
                    return managed;
                }
                tried.add("Selenium Manager gave no usable browser and driver: " + managed);
            }
            catch (RuntimeException ex) {
                tried.add("Selenium Manager failed: " + firstLine(ex.getMessage()));
            }
        }
        else {
            tried.add("Selenium Manager turned off (antt.browser.selenium-manager=false)");
        }
        throw new IllegalStateException(message(tried));
    }

    static String message(List<String> tried) {
        return String.join("\n",
                "Không tìm thấy trình duyệt Chromium/Chrome và ChromeDriver để chạy các kiểm thử trên trình duyệt.",
                "Cách khắc phục: cài Chromium và trình điều khiển của nó bằng lệnh",
                "    sudo apt install chromium chromium-driver",
                "hoặc để máy kết nối Internet cho Selenium Manager tự tải Chrome for Testing,",
                "hoặc chỉ đường dẫn bằng -Dantt.browser=... -Dantt.browser.driver=... (biến môi trường ANTT_BROWSER, ANTT_BROWSER_DRIVER).",
                "",
                "No Chromium/Chrome browser with a ChromeDriver was found for the browser tests.",
                "To fix it, install Chromium and its driver:",
                "    sudo apt install chromium chromium-driver",
                "or give this machine internet access so that Selenium Manager downloads Chrome for Testing,",
                "or name both paths with -Dantt.browser=... -Dantt.browser.driver=... (or ANTT_BROWSER, ANTT_BROWSER_DRIVER).",
                "Tried / Đã thử: " + String.join("; ", tried));
    }

    /** Why a browser that was found did not start (a driver of another version, missing system libraries). */
    static String startFailed(Found found, String reason) {
        return String.join("\n",
                "Không khởi động được trình duyệt " + found.browser() + " với " + found.driver() + " (" + found.source()
                        + "). Hãy cài bản Chromium và ChromeDriver đi cùng nhau: sudo apt install chromium chromium-driver",
                "The browser " + found.browser() + " did not start with " + found.driver() + " (" + found.source()
                        + "). Install a matching Chromium and driver: sudo apt install chromium chromium-driver",
                "Reason / Lý do: " + firstLine(reason));
    }

    private static String systemSetting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? null : value;
    }

    private static Found askSeleniumManager() {
        var result = SeleniumManager.getInstance().getBinaryPaths(List.of("--browser", "chrome"));
        if (result.getBrowserPath() == null || result.getDriverPath() == null) {
            throw new IllegalStateException(result.getMessage());
        }
        return new Found(Path.of(result.getBrowserPath()), Path.of(result.getDriverPath()), "Selenium Manager");
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "(no message)";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
