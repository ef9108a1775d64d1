package id.jamsostek.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: nothing is downloaded (no Selenium Manager, the
 * paths are given). A missing browser fails the test with what to install, it never skips. The window is a 1366x768
 * laptop's; screenshots go to {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("it.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;

    public Browser(String baseUrl) {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("the browser tests need Debian's chromium and chromedriver at %s and %s: "
                        + "apt-get install -y chromium chromium-driver (.ci/run does)", CHROMIUM, CHROMEDRIVER)
                .isTrue();
        this.baseUrl = baseUrl;
        try {
            this.profile = Files.createTempDirectory("console-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1366,768", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        driver.manage().timeouts().scriptTimeout(PATIENCE);
    }

    /** Signs in as a role of the test sign-in ({@link ConsoleSignIn}); null signs out. */
    public Browser as(String role) {
        open("/assets/console.css");
        driver.manage().deleteCookieNamed(ConsoleSignIn.COOKIE);
        if (role != null) {
            driver.manage().addCookie(new Cookie(ConsoleSignIn.COOKIE, role, "/"));
        }
        return this;
    }

    public Browser open(String path) {
        return openUrl(baseUrl + path);
    }

    /** A page of another listener (the public pages are on the partners' port). */
    public Browser openUrl(String url) {
        driver.get(url);
        return this;
    }

    public WebElement find(String css) {
        return keepingEvidence("finding " + css,
                () -> new WebDriverWait(driver, PATIENCE).until(d -> d.findElement(By.cssSelector(css))));
    }

    /** On a failure, the page as it was (screenshot and source under target/screenshots) before failing. */
    private <T> T keepingEvidence(String what, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException failure) {
            String name = "failed-" + System.currentTimeMillis();
            screenshot(name);
            try {
                Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
            } catch (IOException ignored) {
                // the screenshot is there
            }
            throw new AssertionError(what + " failed on " + driver.getCurrentUrl() + " (see " + SCREENSHOTS
                    .resolve(name) + ".png)", failure);
        }
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The element's text; an element replaced meanwhile (the page reloaded after a form) is looked up again. */
    public String text(String css) {
        return keepingEvidence("reading " + css, () -> new WebDriverWait(driver, PATIENCE)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector(css)).getText().strip()));
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    public String title() {
        return driver.getTitle();
    }

    public String source() {
        return driver.getPageSource();
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Waits until the condition holds, or fails saying what it waited for. */
    public void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        keepingEvidence(what, () -> new WebDriverWait(driver, PATIENCE).withMessage(what)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean()));
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page's accessibility violations by axe-core (the copy inside the axe-core selenium jar), as rule id to the
     * number of elements; only the rules asked for are run.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Long> accessibilityViolations(List<String> rules) {
        String axe;
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            assertThat(in).as("axe.min.js on the test classpath (com.deque.html.axe-core:selenium)").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object found = ((JavascriptExecutor) driver).executeAsyncScript(axe + """
                ;var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'rule', values: arguments[0]}}).then(function (result) {
                  var violations = {};
                  result.violations.forEach(function (v) { violations[v.id] = v.nodes.length; });
                  done(violations);
                }, function (error) { done({error: String(error)}); });
                """, rules);
        return (Map<String, Long>) found;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
