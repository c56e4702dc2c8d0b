package io.github.attentioncourse.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.MutableCapabilities;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.remote.http.ClientConfig;

/**
 * WebKitGTK's MiniBrowser, Safari's engine, driven through Debian's WebKitWebDriver on a virtual
 * display, each browser with a WebKitWebDriver of its own (it serves one session at a time).
 *
 * <p>WebKitWebDriver has no console log and no network log, and cannot run a script before a
 * page's own. So requests are seen by a {@link RefusingProxy} the browser sends every address but
 * 127.0.0.1 to (which also keeps them all on this machine), and the console is watched from the
 * moment a page has loaded: errors the page's scripts raise while it loads are not seen here, only
 * their effects, which the other tests check (a control that did not appear, a panel not hidden).
 */
final class WebKitBrowser extends SeleniumBrowser {

    static final Path MINI_BROWSER = Path.of("/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser");
    private static final Path DRIVER = Path.of("/usr/bin/WebKitWebDriver");
    /** Installed after each load: keeps the page's errors, uncaught exceptions and failed loads from then on. */
    private static final String CONSOLE_TRAP = """
            if (!window.__consoleErrors) {
              var errors = window.__consoleErrors = [];
              window.addEventListener('error', function (e) {
                var target = e.target && (e.target.src || e.target.href);
                errors.push(e.message ? e.message + ' (' + e.filename + ':' + e.lineno + ')' : 'failed to load ' + target);
              }, true);
              window.addEventListener('unhandledrejection', function (e) { errors.push('unhandled rejection: ' + e.reason); });
              var original = console.error;
              console.error = function () { errors.push(Array.prototype.join.call(arguments, ' ')); return original.apply(console, arguments); };
            }
            """;

    private final Process service;
    private final RefusingProxy proxy;
    private final Path logs;

    private WebKitBrowser(RemoteWebDriver driver, Process service, RefusingProxy proxy, Path logs) {
        super(Engine.WEBKIT, driver);
        this.service = service;
        this.proxy = proxy;
        this.logs = logs;
    }

    /**
     * Starts one. WebKitWebDriver waits for ever for a MiniBrowser that died as it started, so one
     * that has not answered within half a minute is given up and started again (up to three times).
     */
    static WebKitBrowser start(boolean javascript) {
        IllegalStateException failure = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return startOnce(javascript);
            } catch (IllegalStateException e) {
                failure = e;
                // printed, or a failed start would be hidden by the one that follows it
                System.err.println("WebKit did not start (attempt " + (attempt + 1) + " of 3): " + e.getMessage()
                        + "; " + String.valueOf(e.getCause()).lines().findFirst().orElse(""));
            }
        }
        throw failure;
    }

    private static WebKitBrowser startOnce(boolean javascript) {
        RefusingProxy proxy = new RefusingProxy();
        Path logs;
        Process service;
        int port;
        try {
            logs = Files.createTempDirectory("attention-course-webkit-");
            port = freePort();
            ProcessBuilder builder = new ProcessBuilder(DRIVER.toString(), "--host=127.0.0.1", "--port=" + port)
                    .redirectErrorStream(true)
                    .redirectOutput(logs.resolve("WebKitWebDriver.log").toFile());
            builder.environment().put("DISPLAY", Xvfb.display());
            if ("root".equals(System.getProperty("user.name"))) {
                // WebKit's sandbox refuses to run as root; the pages are the course's own
                builder.environment().put("WEBKIT_DISABLE_SANDBOX_THIS_IS_DANGEROUS", "1");
            }
            service = builder.start();
            waitForPort(port, service);
        } catch (IOException e) {
            proxy.close();
            throw new UncheckedIOException(e);
        }
        // The proxy is MiniBrowser's own option, not WebDriver's proxy capability: with a list of
        // hosts that bypass the proxy, that capability made MiniBrowser crash as the session
        // started (SIGSEGV in webkit_network_proxy_settings_new, copying the list; 21 starts in
        // 146 here), and WebKitWebDriver then waits for the crashed browser for ever.
        List<String> args = new ArrayList<>(List.of("--automation",
                "--proxy=http://" + proxy.address(), "--ignore-host=127.0.0.1", "--ignore-host=localhost"));
        if (!javascript) {
            // the page's scripts do not run; WebDriver's own still do
            args.add("--enable-javascript-markup=false");
        }
        MutableCapabilities capabilities = new MutableCapabilities();
        capabilities.setCapability("webkitgtk:browserOptions", Map.of("binary", MINI_BROWSER.toString(), "args", args));
        try {
            RemoteWebDriver driver = (RemoteWebDriver) RemoteWebDriver.builder().oneOf(capabilities)
                    .address(new URL("http://127.0.0.1:" + port))
                    .config(ClientConfig.defaultConfig().readTimeout(Duration.ofSeconds(30)))
                    .build();
            WebKitBrowser browser = new WebKitBrowser(driver, service, proxy, logs);
            browser.reset();
            return browser;
        } catch (IOException | RuntimeException e) {
            service.descendants().forEach(ProcessHandle::destroy);
            service.destroy();
            proxy.close();
            throw new IllegalStateException("WebKit did not start; see " + logs.resolve("WebKitWebDriver.log"), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void waitForPort(int port, Process service) throws IOException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < end && service.isAlive()) {
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException e) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IOException(interrupted);
                }
            }
        }
        throw new IOException("WebKitWebDriver does not answer on port " + port);
    }

    @Override
    void reset() {
        driver.get("about:blank");
        viewport(DESKTOP);
    }

    @Override
    void phone() {
        viewport(PHONE);
    }

    /** Sizes the window so that the page, not the window, has {@code size}. */
    private void viewport(Dimension size) {
        driver.manage().window().setSize(size);
        @SuppressWarnings("unchecked")
        List<Long> inner = (List<Long>) driver.executeScript("return [innerWidth, innerHeight];");
        Dimension window = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(window.width + size.width - inner.get(0).intValue(),
                window.height + size.height - inner.get(1).intValue()));
    }

    @Override
    void forgetLogs() {
        proxy.takeRequested();
    }

    @Override
    void opened() {
        driver.executeScript(CONSOLE_TRAP);
    }

    @Override
    @SuppressWarnings("unchecked")
    List<String> consoleErrors() {
        // a page reached by a link has no trap yet: it gets one, and nothing it did before is known
        return (List<String>) driver.executeScript("var found = window.__consoleErrors ? window.__consoleErrors.splice(0) : [];"
                + CONSOLE_TRAP + " return found;");
    }

    @Override
    List<String> requestedUrls() {
        return proxy.takeRequested();
    }

    @Override
    boolean runsScriptsBeforePages() {
        return false;
    }

    @Override
    String runBeforePageScripts(String source) {
        throw new UnsupportedOperationException("WebKitWebDriver cannot run a script before a page's own");
    }

    @Override
    void stopRunningBeforePageScripts(String id) {
        throw new UnsupportedOperationException("WebKitWebDriver cannot run a script before a page's own");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.descendants().forEach(ProcessHandle::destroy);
            service.destroy();
            proxy.close();
            deleteTree(logs);
        }
    }
}
