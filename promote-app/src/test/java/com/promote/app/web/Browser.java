package com.promote.app.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through its own chromedriver: both paths are given, so Selenium
 * never tries to download a browser or a driver.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;
    private final String base;

    Browser(String base) {
        this.base = base;
        requireChromium();
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        try {
            profile = Files.createTempDirectory("promote-chromium");
            downloads = Files.createTempDirectory("promote-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /** Fails at once, naming what to install, rather than after Selenium's own timeouts. */
    static void requireChromium() {
        requireInstalled(CHROMIUM, CHROMEDRIVER);
    }

    static void requireInstalled(Path... programs) {
        for (Path program : programs) {
            if (!Files.isExecutable(program)) {
                throw new AssertionError("The browser tests drive Debian's Chromium and its driver, and " + program
                        + " is missing. Install both: apt-get install chromium chromium-driver"
                        + " (.ci/run does it on a fresh Debian machine).");
            }
        }
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    WebElement waitFor(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Polls the condition; a node vanishing under it mid-look (a page re-rendering) just means "not yet". */
    void waitUntil(Duration timeout, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, timeout).pollingEvery(Duration.ofMillis(100))
                .ignoring(org.openqa.selenium.WebDriverException.class).until(condition);
    }

    /**
     * Waits until the page that held {@code element} has been replaced (a form submitted, a link
     * followed). Chromium sometimes answers a look at a node of a page it is leaving with an
     * "inspector error" rather than Selenium's stale-element error: both mean gone.
     */
    void waitUntilGone(WebElement element) {
        waitUntil(Duration.ofSeconds(10), d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    /** A browser signed in as the test app's first admin, on its list of communities. */
    static Browser signedIn(String base) {
        Browser browser = new Browser(base);
        browser.signIn(WebApp.ADMIN, WebApp.PASSWORD);
        browser.waitFor("#communities");
        return browser;
    }

    /** A file on disk to hand to a file input. */
    static java.nio.file.Path csvFile(String name, String content) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("promote-upload");
        return java.nio.file.Files.writeString(dir.resolve(name), content, java.nio.charset.StandardCharsets.UTF_8);
    }

    void signIn(String username, String password) {
        open("/login");
        find("#username").clear();
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        find("#sign-in").click();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    /** The whole page at 1280 px wide (or the given width), saved under target/screenshots. */
    Path screenshot(String name, int width) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Dimension before = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(width, 900));
            long height = ((Number) script("return Math.ceil(document.documentElement.scrollHeight)")).longValue();
            driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height + 90, 600), 4000)));
            script("window.scrollTo(0, 0)");
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            driver.manage().window().setSize(before);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a finished download (Chromium writes *.crdownload until then). */
    Path downloaded(String fileName) {
        Path file = downloads.resolve(fileName);
        waitUntil(Duration.ofSeconds(20), d -> Files.exists(file)
                && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        return file;
    }

    /** Waits for one finished download whose name ends so, whatever the server named it. */
    Path downloadedEnding(String suffix) {
        Path[] found = new Path[1];
        waitUntil(Duration.ofSeconds(20), d -> {
            try (var files = Files.list(downloads)) {
                found[0] = files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
                return found[0] != null;
            } catch (IOException e) {
                return false;
            }
        });
        return found[0];
    }

    @Override
    public void close() {
        driver.quit();
        deleteQuietly(profile);
        deleteQuietly(downloads);
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temp dir left behind is harmless
        }
    }
}
