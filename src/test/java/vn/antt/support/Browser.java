package vn.antt.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (or Chrome) driven as a user would: fields are found by their visible labels, links and buttons
 * by their text. Which browser and driver: {@link BrowserLookup} (Debian's where installed, else Selenium Manager),
 * looked up once per test run.
 */
public final class Browser implements AutoCloseable {

    private static BrowserLookup.Found found;
    /** A failed lookup, kept so that every browser test fails at once with its message (no second download try). */
    private static IllegalStateException notFound;

    private final WebDriver driver;
    private final String baseUrl;
    private final Path profile;
    private String question;

    public Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        try {
            this.profile = Files.createTempDirectory("antt-chromium");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        BrowserLookup.Found browser = browserAndDriver();
        System.setProperty("webdriver.chrome.driver", browser.driver().toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.browser().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=vi", "--window-size=1280,1200", "--user-data-dir=" + profile);
        try {
            this.driver = new ChromeDriver(options);
        }
        catch (org.openqa.selenium.SessionNotCreatedException ex) {
            throw new IllegalStateException(BrowserLookup.startFailed(browser, ex.getMessage()), ex);
        }
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    private static synchronized BrowserLookup.Found browserAndDriver() {
        if (notFound != null) {
            throw new IllegalStateException(notFound.getMessage());
        }
        if (found == null) {
            try {
                found = BrowserLookup.ofThisMachine().find();
            }
            catch (IllegalStateException ex) {
                notFound = ex;
                throw ex;
            }
        }
        return found;
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public Browser type(String label, String text) {
        WebElement field = field(label);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** The input, select or textarea whose visible label is {@code label}. */
    public WebElement field(String label) {
        WebElement element = driver.findElement(By.xpath("//label[normalize-space(.)=" + literal(label) + "]"));
        return driver.findElement(By.id(element.getDomAttribute("for")));
    }

    /** Clicks the link or button showing {@code text} and waits for the page it leads to. */
    public Browser click(String text) {
        WebElement target = clickable(text);
        return navigate(target::click);
    }

    /** Clicks a button that asks for confirmation first, accepts, and waits for the page it leads to. */
    public Browser clickAndConfirm(String text) {
        WebElement page = driver.findElement(By.tagName("html"));
        clickable(text).click();
        var alert = driver.switchTo().alert();
        question = alert.getText();
        alert.accept();
        // Chromium may answer a node detached in the middle of the check with "does not belong to the document"
        // rather than a stale reference: that too means the page was replaced
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ignored -> {
            try {
                return ExpectedConditions.stalenessOf(page).apply(driver);
            }
            catch (org.openqa.selenium.WebDriverException detached) {
                return Boolean.TRUE;
            }
        });
        return this;
    }

    /** Opens the dropdown menu {@code menu} and clicks its entry {@code text}. */
    public Browser clickInMenu(String menu, String text) {
        clickable(menu).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[normalize-space(.)=" + literal(text) + "]")));
        return click(text);
    }

    /** Does what leads to another page, and waits until that page has replaced the current one. */
    public Browser navigate(Runnable action) {
        WebElement page = driver.findElement(By.tagName("html"));
        action.run();
        // Chromium may answer a node detached in the middle of the check with "does not belong to the document"
        // rather than a stale reference: that too means the page was replaced
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ignored -> {
            try {
                return ExpectedConditions.stalenessOf(page).apply(driver);
            }
            catch (org.openqa.selenium.WebDriverException detached) {
                return Boolean.TRUE;
            }
        });
        return this;
    }

    /**
     * The link or button showing {@code text}; an entry of a closed dropdown menu is reached as a user would, by
     * opening its menu (and the collapsed navbar on a phone) first.
     */
    private WebElement clickable(String text) {
        WebElement target = driver.findElement(By.xpath("(//a|//button|//input[@type='submit'])"
                + "[normalize-space(.)=" + literal(text) + " or @value=" + literal(text) + "]"));
        if (!target.isDisplayed()) {
            List<WebElement> toggler = driver.findElements(By.cssSelector(".navbar-toggler"));
            if (!toggler.isEmpty() && toggler.get(0).isDisplayed()
                    && !driver.findElements(By.cssSelector("#mainMenu:not(.show)")).isEmpty()) {
                toggler.get(0).click();
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(
                        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#mainMenu.show")));
            }
            List<WebElement> menu = target.findElements(By.xpath("ancestor::li[contains(@class,'dropdown')]/a"));
            if (!menu.isEmpty() && !target.isDisplayed()) {
                menu.get(0).click();
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(target));
            }
        }
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", target);
        return target;
    }

    /** Shows pages in a viewport of this size (CSS pixels), as a laptop or a phone would. */
    public Browser viewport(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return this;
    }

    /** Runs a script in the page and returns its number. */
    public long measure(String script) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(script)).longValue();
    }

    /** Saves what the viewport shows as a PNG file. */
    public Browser screenshot(Path file) {
        try {
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return this;
    }

    /** The question the last confirmed click asked. */
    public String question() {
        return question;
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public List<String> menu() {
        return driver.findElements(By.cssSelector("#mainMenu .navbar-nav > li > a")).stream()
                .map(WebElement::getText).toList();
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** Downloads {@code path} with this browser's session cookie, as the browser's own download would. */
    public byte[] download(String path) {
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Cookie", "JSESSIONID=" + session).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("download of " + path + " answered " + response.statusCode());
            }
            return response.body();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** Ticks every checkbox or radio the CSS selector finds, as a user would, one after the other. */
    public Browser tickAll(String cssSelector) {
        for (WebElement box : driver.findElements(By.cssSelector(cssSelector))) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", box);
            box.click();
        }
        return this;
    }

    /** Ticks (or unticks) the checkbox or radio labelled {@code label}. */
    public Browser tick(String label) {
        WebElement box = field(label);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", box);
        box.click();
        return this;
    }

    /** Chooses the option showing {@code text} in the select labelled {@code label}. */
    public Browser select(String label, String text) {
        new Select(field(label)).selectByVisibleText(text);
        return this;
    }

    public String value(String label) {
        return field(label).getDomProperty("value");
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser login(String username, String password) {
        open("/login");
        type("Tên đăng nhập", username).type("Mật khẩu", password);
        WebElement submit = driver.findElement(By.cssSelector("main form button[type=submit]"));
        return navigate(submit::click);
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
        catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }

    /** An XPath string literal for any text (Vietnamese text has no quotes, but names typed by users might). */
    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
