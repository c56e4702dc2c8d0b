package io.github.attentioncourse.cli;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/** Keeps JBake, OrientDB and Jetty quiet unless asked: the generator reports what matters itself. */
final class Logging {

    private Logging() {
    }

    static void configure(boolean verbose) {
        System.setProperty("attention.course.log", verbose ? "INFO" : "OFF");
        if (!verbose) {
            // OrientDB logs through java.util.logging, not SLF4J.
            LogManager.getLogManager().reset();
            Logger.getLogger("").setLevel(Level.OFF);
        }
    }
}
