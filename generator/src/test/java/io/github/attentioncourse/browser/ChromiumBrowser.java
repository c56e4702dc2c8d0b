package io.github.attentioncourse.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium with a fresh profile, driven through its chromedriver. The console
 * and the network come from Chromium's own logs (the DevTools protocol), so they hold what
 * happened while the page loaded too.
 */
final class ChromiumBrowser extends SeleniumBrowser {

    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver chrome;
    private final Path profile;

    private ChromiumBrowser(ChromeDriver driver, Path profile) {
        super(Engine.CHROMIUM, driver);
        this.chrome = driver;
        this.profile = profile;
    }

    static ChromiumBrowser start(boolean javascript) {
        Path profile;
        try {
            profile = Files.createTempDirectory("attention-course-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        // Both paths are given, so Selenium Manager is never asked to find or download anything.
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check",
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try {
            return new ChromiumBrowser(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            deleteTree(profile);
            throw e;
        }
    }

    @Override
    void reset() {
        driver.get("about:blank");
        chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urlPatterns", List.of()));
    }

    @Override
    void phone() {
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE.width, "height", PHONE.height, "deviceScaleFactor", 1, "mobile", true));
    }

    @Override
    void forgetLogs() {
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
    }

    @Override
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** Requests of the browser's own chrome:// pages (its start page may still be loading) are not the page's. */
    @Override
    List<String> requestedUrls() {
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

    @Override
    String runBeforePageScripts(String source) {
        return String.valueOf(chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source)).get("identifier"));
    }

    @Override
    void stopRunningBeforePageScripts(String id) {
        chrome.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", id));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
        }
    }
}
