package io.github.attentioncourse.cli;

import io.github.attentioncourse.model.TrainingProgress;
import io.github.attentioncourse.site.compile.Progress;
import java.io.PrintStream;
import java.util.Locale;

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

    /** Step, loss and the time left while a model trains, redrawn at most ten times a second. */
    static TrainingProgress forTerminal(PrintStream out, String model) {
        if (System.console() == null) {
            return TrainingProgress.NONE;
        }
        long start = System.nanoTime();
        long[] drawn = {0};
        return (step, steps, loss) -> {
            long now = System.nanoTime();
            if (now - drawn[0] < 100_000_000L && step < steps) {
                return;
            }
            drawn[0] = now;
            double left = (now - start) / 1e9 / step * (steps - step);
            out.print(String.format(Locale.ROOT, "\rTraining %s: step %d/%d, loss %.4f, %.0f s left ", model, step,
                    steps, loss, Math.ceil(left)));
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
