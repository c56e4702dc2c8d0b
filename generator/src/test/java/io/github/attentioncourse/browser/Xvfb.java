package io.github.attentioncourse.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A virtual X display for the WebKit browsers, which have no headless mode: started on the
 * first free display number on first use, and stopped when the test JVM exits.
 */
final class Xvfb {

    private static String display;

    private Xvfb() {
    }

    /** The display's name, such as {@code :99}. */
    static synchronized String display() {
        if (display == null) {
            try {
                // -displayfd: Xvfb picks a free display number itself and writes it to standard output
                Process xvfb = new ProcessBuilder("/usr/bin/Xvfb", "-displayfd", "1", "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(xvfb::destroy));
                String number = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII)).readLine();
                if (number == null) {
                    throw new IllegalStateException("Xvfb did not start: exit code " + xvfb.waitFor());
                }
                display = ":" + number.trim();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return display;
    }
}
