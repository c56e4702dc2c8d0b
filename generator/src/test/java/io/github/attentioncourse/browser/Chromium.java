package io.github.attentioncourse.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's chromium and chromedriver, the only browser the tests use. Without them a browser
 * test is skipped with a loud message, except under {@code CI=true}, where a skipped browser
 * test would hide that nothing was checked, so it fails.
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** Returns when both are installed; otherwise skips the calling test, or fails it in CI. */
    static void requireInstalled() {
        List<String> missing = new ArrayList<>();
        for (Path path : List.of(BROWSER, DRIVER)) {
            if (!Files.isExecutable(path)) {
                missing.add(path.toString());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String message = "browser tests need Debian's chromium and chromium-driver; missing " + String.join(", ", missing)
                + " (apt-get install chromium chromium-driver)";
        if ("true".equals(System.getenv("CI"))) {
            fail(message + ". CI=true, so this is a failure, not a skip.");
        }
        System.err.println();
        System.err.println("********** SKIPPED: " + message + " **********");
        System.err.println();
        Assumptions.abort(message);
    }
}
