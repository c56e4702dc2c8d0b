package io.github.attentioncourse.cli;

import io.github.attentioncourse.preview.Preview;
import io.github.attentioncourse.site.course.CourseSource;
import java.io.PrintStream;
import java.nio.file.Path;

/** {@code serve}: the preview, until the process is stopped. */
final class Serve {

    private Serve() {
    }

    static int run(CourseSource source, Path output, int port, PrintStream out, PrintStream err) {
        Preview preview = Preview.start(source, output, port, out, err);
        out.println("Serving " + preview.url() + " (watching content/, templates/, assets/; Ctrl+C stops)");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                preview.close();
            } catch (Exception e) {
                err.println("error while stopping: " + e.getMessage());
            }
        }));
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Main.OK;
    }
}
