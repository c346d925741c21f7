package org.civicportal.testing;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) pointed at the
 * deployed portal, with the few helpers the journeys share.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final URL base;
    private final Path profile;

    private Browser(URL base) throws IOException {
        this.base = base;
        this.profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1000",
                "--user-data-dir=" + profile.toAbsolutePath());
        // the console is read by ContentSecurity: a refused script shows there
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** A new browser with an empty profile. */
    public static Browser open(URL base) {
        try {
            return new Browser(base);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a page of the portal by its path, e.g. {@code "signup.xhtml"}. */
    public Browser go(String path) {
        driver.get(base.toString() + (path.startsWith("/") ? path.substring(1) : path));
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Types into a field, replacing what it held. */
    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks and waits for the next page to load. */
    public Browser clickAndWait(String css) {
        WebElement clicked = find(css);
        clicked.click();
        waitUntil(d -> {
            try {
                clicked.isDisplayed();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException navigating) {
                // while the old page is being replaced Chromium may answer "node does not belong to the document"
                return true;
            }
        });
        return this;
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }

    /** Waits until the element shows the text; survives the element being re-rendered meanwhile. */
    public void waitForText(String css, String text) {
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /** Waits until exactly {@code count} elements match, e.g. the rows of a table after an Ajax search. */
    public void waitForCount(String css, int count) {
        waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector(css), count));
    }

    /** The text of the page's main heading. */
    public String heading() {
        return find("h1").getText();
    }

    /** The text of the page's main region. */
    public String mainText() {
        return find("main").getText();
    }

    /** The value of the session cookie, or null when the browser holds none. */
    public String sessionId() {
        Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(base.toString().length() - 1);
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
