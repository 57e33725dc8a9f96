package io.khabar.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Nothing is downloaded: the driver's path is given,
 * so Selenium Manager never runs; the flags keep Chromium off the network this machine does not have.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** A laptop screen and a phone, in CSS pixels. */
    static final Dimension LAPTOP = new Dimension(1366, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    /** The driver, for what the helpers here do not cover. */
    public final ChromeDriver driver;
    private final String base;
    private final Path profile;

    /** A browser for the page served at {@code base} ({@code http://host:port}), at a laptop's size. */
    public Browser(String base) throws IOException {
        this(base, PageLoadStrategy.NORMAL);
    }

    /** With a page load strategy: {@code EAGER} returns from a navigation at DOMContentLoaded. */
    public Browser(String base, PageLoadStrategy strategy) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("the browser tests need Debian's Chromium and ChromeDriver at " + CHROMIUM
                    + " and " + CHROMEDRIVER + ": apt-get install chromium chromium-driver (.ci/run installs them)");
        }
        this.base = base;
        this.profile = Files.createTempDirectory("khabar-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setPageLoadStrategy(strategy);
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=en-GB", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(LAPTOP);
    }

    /** The route token of the view on screen (each route renders into a new container with its own). */
    private String shownRoute;

    /** Opens a view of the page: {@code "#/search?q=x"}; {@link #view()} then waits for this view, not the last. */
    void open(String hash) {
        String url = base + "/" + hash;
        if (url.equals(driver.getCurrentUrl())) {
            driver.navigate().refresh(); // the same address again would not be a navigation
        } else {
            driver.get(url);
        }
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Waits up to 30 s for {@code condition}; an element it looked at that the page replaced meanwhile (a view being
     * swapped for the next) counts as "not yet", not as a failure.
     */
    <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    /**
     * Waits until a view other than the one {@code view()} last returned has loaded what it shows (its container's
     * aria-busy goes false), and returns its container.
     */
    public WebElement view() {
        WebElement page = await(d -> {
            List<WebElement> pages = d.findElements(By.cssSelector("#view > .page"));
            if (pages.isEmpty()) {
                return null;
            }
            WebElement p = pages.get(0);
            return "false".equals(p.getAttribute("aria-busy")) && !p.getAttribute("data-route").equals(shownRoute)
                    ? p : null;
        });
        shownRoute = page.getAttribute("data-route");
        return page;
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void size(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** A PNG of the whole visible window into {@code dir/name.png}. */
    Path screenshot(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Path to = dir.resolve(name + ".png");
        Files.copy(shot.toPath(), to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return to;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
