package io.github.attentioncourse.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium with a fresh profile, driven through Debian's chromedriver. It keeps the
 * console, and if asked every network request, so that a test can ask what a page logged and fetched.
 */
final class Browser implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Browser shared;

    private final ChromeDriver driver;
    private final Path profile;
    private final boolean requestLog;

    private Browser(ChromeDriver driver, Path profile, boolean requestLog) {
        this.driver = driver;
        this.profile = profile;
        this.requestLog = requestLog;
    }

    /**
     * The browser with JavaScript on that the test classes share, since starting one takes
     * seconds: it logs every request a page sends (see {@link #requestedUrls()}), and each call
     * resets it to a desktop screen, no emulated media and no blocked URLs. It quits when the
     * test JVM exits.
     */
    static synchronized Browser shared() {
        if (shared == null) {
            shared = start(true, true);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        shared.reset();
        return shared;
    }

    private void reset() {
        driver.get("about:blank");
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urlPatterns", List.of()));
    }

    /** A browser whose pages run no script at all, as for a reader who turned JavaScript off. */
    static Browser withoutJavaScript() {
        return start(false, false);
    }

    /**
     * Makes pages never load the course's own script: they render as without JavaScript (every
     * slide and chart panel shown) while axe-core can still run, which it cannot with JavaScript
     * off, since Chromium then fires no timer.
     */
    void blockCourseScript() {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs",
                Map.of("urlPatterns", List.of(Map.of("urlPattern", "*://*/*course.js", "block", true))));
    }

    /** Runs {@code source} in every page this browser opens from now on, before the page's own scripts; returns its id. */
    String runBeforePageScripts(String source) {
        Object id = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source)).get("identifier");
        return String.valueOf(id);
    }

    /** Stops running the script that {@link #runBeforePageScripts} added. */
    void stopRunningBeforePageScripts(String id) {
        driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", id));
    }

    /** Makes pages see {@code prefers-color-scheme: dark} (or light), as on a reader's system set so. */
    void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Makes pages lay out as on a phone 360 CSS pixels wide, the narrowest screen the course is made for. */
    void phone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
    }

    private static Browser start(boolean javascript, boolean requestLog) {
        Chromium.requireInstalled();
        Path profile;
        try {
            profile = Files.createTempDirectory("attention-course-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        // Both paths are given, so Selenium Manager is never asked to find or download anything.
        options.setBinary(Chromium.BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        if (requestLog) {
            logs.enable(LogType.PERFORMANCE, Level.ALL);
        }
        options.setCapability("goog:loggingPrefs", logs);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Chromium.DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            deleteTree(profile);
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile, requestLog);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Loads a page afresh and waits for it, forgetting what earlier pages logged and fetched. */
    void open(String url) {
        if (withoutFragment(url).equals(withoutFragment(driver.getCurrentUrl()))) {
            // the same page with another fragment would only scroll, not load again
            driver.get("about:blank");
        }
        driver.manage().logs().get(LogType.BROWSER);
        if (requestLog) {
            driver.manage().logs().get(LogType.PERFORMANCE);
        }
        driver.get(url);
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /** What the page wrote to the console at level error (SEVERE) since it was opened or last asked. */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /**
     * The URL of every request the page sent since it was opened or last asked. Requests of the
     * browser's own chrome:// pages (its start page may still be loading) are not the page's.
     */
    List<String> requestedUrls() {
        if (!requestLog) {
            throw new IllegalStateException("this browser does not log requests: use Browser.shared()");
        }
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                JsonNode params = message.path("params");
                if ("Network.requestWillBeSent".equals(message.path("method").asText())
                        && !params.path("documentURL").asText().startsWith("chrome:")) {
                    urls.add(params.path("request").path("url").asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return urls;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The ids of the elements matching {@code css} that are rendered (not hidden by the page or its styles). */
    @SuppressWarnings("unchecked")
    List<String> visibleIds(String css) {
        // one round trip instead of one per element; runs even where the page's own JavaScript is off
        return (List<String>) driver.executeScript("return Array.prototype.slice.call(document.querySelectorAll(arguments[0]))"
                + ".filter(function (e) { return e.checkVisibility(); }).map(function (e) { return e.id; });", css);
    }

    /** Waits, at most a few seconds, until {@code condition} holds. */
    <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(5)).until(condition);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // Chromium may still be writing into its profile while it exits; the OS cleans /tmp.
        }
    }
}
