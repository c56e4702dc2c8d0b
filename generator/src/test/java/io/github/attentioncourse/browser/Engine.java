package io.github.attentioncourse.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;

/**
 * The three browser engines readers use, each as Debian packages it: Chromium (Chrome, Edge),
 * WebKit (Safari) and Gecko (Firefox). Without an engine's programs its tests are skipped with a
 * loud message, except under {@code CI=true}, where a skipped browser test would hide that
 * nothing was checked, so it fails.
 *
 * <p>{@code -Dbrowser.engines=webkit,firefox} runs the suite in some engines only (all by default).
 */
enum Engine {

    CHROMIUM("chromium chromium-driver", "/usr/bin/chromium", "/usr/bin/chromedriver"),
    WEBKIT("webkit2gtk-driver xvfb", "/usr/bin/WebKitWebDriver", "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser", "/usr/bin/Xvfb"),
    FIREFOX("firefox-esr", "/usr/bin/firefox-esr");

    private final String packages;
    private final List<Path> programs;

    Engine(String packages, String... programs) {
        this.packages = packages;
        this.programs = Arrays.stream(programs).map(Path::of).toList();
    }

    /** The engines this run checks: every engine unless {@code browser.engines} names some. */
    static List<Engine> selected() {
        String names = System.getProperty("browser.engines", "").trim();
        if (names.isEmpty()) {
            return List.of(values());
        }
        return Arrays.stream(names.split("\\s*,\\s*")).map(name -> valueOf(name.toUpperCase(Locale.ROOT))).toList();
    }

    /** Returns when every program is installed; otherwise skips the calling test, or fails it in CI. */
    void requireInstalled() {
        List<String> missing = new ArrayList<>();
        for (Path program : programs) {
            if (!Files.isExecutable(program)) {
                missing.add(program.toString());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String message = "browser tests in " + this + " need Debian's " + packages.replace(" ", " and ") + "; missing "
                + String.join(", ", missing) + " (apt-get install " + packages + ")";
        if ("true".equals(System.getenv("CI"))) {
            fail(message + ". CI=true, so this is a failure, not a skip.");
        }
        System.err.println();
        System.err.println("********** SKIPPED: " + message + " **********");
        System.err.println();
        Assumptions.abort(message);
    }

    @Override
    public String toString() {
        return switch (this) {
            case CHROMIUM -> "Chromium";
            case WEBKIT -> "WebKit";
            case FIREFOX -> "Firefox";
        };
    }
}
