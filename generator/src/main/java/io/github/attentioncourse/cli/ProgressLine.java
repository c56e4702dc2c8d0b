package io.github.attentioncourse.cli;

import io.github.attentioncourse.site.compile.Progress;
import java.io.PrintStream;

/**
 * One line that rewrites itself while a bake runs, only when a person watches a terminal; in a
 * log or a pipe it stays silent, so that the output is the summary line alone.
 */
final class ProgressLine {

    private static volatile boolean shown;

    private ProgressLine() {
    }

    static Progress forTerminal(PrintStream out) {
        if (System.console() == null) {
            return Progress.NONE;
        }
        return (done, total, examples, charts) -> {
            out.print("\rBaking: " + done + "/" + total + " files, " + examples + " examples, " + charts + " charts ");
            out.flush();
            shown = true;
        };
    }

    /** Removes the progress line before the summary is printed. */
    static void clear(PrintStream out) {
        if (shown) {
            out.print("\r\033[K");
            out.flush();
            shown = false;
        }
    }
}
