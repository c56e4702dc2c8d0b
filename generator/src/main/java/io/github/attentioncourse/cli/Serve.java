package io.github.attentioncourse.cli;

import io.github.attentioncourse.site.CourseSource;
import java.io.PrintStream;
import java.nio.file.Path;

/** {@code serve}: bake, then serve the output on 127.0.0.1 until stopped. */
final class Serve {

    private Serve() {
    }

    static int run(CourseSource source, Path output, int port, PrintStream out, PrintStream err) {
        int built = Main.build(source, output, out, err);
        if (built != Main.OK) {
            return built;
        }
        err.println("error: serve is not available yet; open " + output.resolve("index.html") + " in a browser");
        return Main.FAILURE;
    }
}
