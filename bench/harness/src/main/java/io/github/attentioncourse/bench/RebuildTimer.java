package io.github.attentioncourse.bench;

import io.github.attentioncourse.site.Rebuilder;
import io.github.attentioncourse.site.course.CourseSource;
import io.github.attentioncourse.site.output.OutputFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Times what {@code serve} does after an author saves a lesson: {@link Rebuilder#rebuild} with
 * that one file changed, after the full bake that starts a preview. Runs in this JVM, as serve's
 * rebuilds run in the preview's.
 */
final class RebuildTimer {

    private RebuildTimer() {
    }

    /** Milliseconds of each of {@code runs} rebuilds, each after a different edit of the lesson. */
    static List<Long> time(Path courseRoot, Path lesson, Path output, int runs) throws IOException {
        Path file = lesson.toAbsolutePath().normalize();
        List<Long> millis = new ArrayList<>();
        CourseSource source = new CourseSource(courseRoot);
        try (OutputFolder folder = OutputFolder.claim(source, output, "serve", message -> { });
                Rebuilder rebuilder = Rebuilder.start(source, folder)) {
            for (int run = 0; run < runs; run++) {
                Files.writeString(file, "\nA sentence the author added, edit " + (run + 1) + ".\n",
                        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                long start = System.nanoTime();
                Rebuilder.Result result = rebuilder.rebuild(Set.of(file));
                millis.add((System.nanoTime() - start) / 1_000_000);
                if (!result.compiled().errors().isEmpty()) {
                    throw new IllegalStateException("the edited lesson has errors: " + result.compiled().errors());
                }
            }
        }
        return millis;
    }
}
