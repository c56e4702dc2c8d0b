package io.github.attentioncourse.preview;

import io.github.attentioncourse.authoring.ContentError;
import io.github.attentioncourse.site.Rebuilder;
import io.github.attentioncourse.site.compile.CompiledCourse;
import io.github.attentioncourse.site.course.BakeException;
import io.github.attentioncourse.site.course.CourseSource;
import io.github.attentioncourse.site.output.OutputFolder;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code serve}: bake, serve on 127.0.0.1, and on every change rebuild what it affects, reload
 * the open pages, and show content errors in the page and the terminal without stopping.
 */
public final class Preview implements AutoCloseable {

    private final OutputFolder output;
    private final Rebuilder rebuilder;
    private final LiveState state = new LiveState();
    private final PreviewServer server;
    private final ChangeWatcher watcher;
    private final ModelTrainer trainer;
    private final PrintStream out;
    private final PrintStream err;

    private Preview(CourseSource source, Path output, int port, PrintStream out, PrintStream err) throws Exception {
        this.out = out;
        this.err = err;
        long start = System.nanoTime();
        // Held until the preview stops: a build of the same folder meanwhile would mix two sites.
        this.output = OutputFolder.claim(source, output, "serve", out::println);
        this.trainer = new ModelTrainer(source.root(), state, out, err);
        Rebuilder started = null;
        PreviewServer serving = null;
        try {
            started = Rebuilder.start(source, this.output);
            report(started.current(), "Baked the course", start);
            this.output.create();
            serving = new PreviewServer(this.output.path(), port, state);
            watcher = new ChangeWatcher(List.of(source.content(), source.templates(), source.assets()),
                    source.properties(), this::changed);
        } catch (Exception | Error e) {
            if (serving != null) {
                serving.close();
            }
            if (started != null) {
                started.close();
            }
            trainer.close();
            this.output.close();
            throw e;
        }
        rebuilder = started;
        server = serving;
    }

    /** Starts the preview and returns once it is serving. */
    public static Preview start(CourseSource source, Path output, int port, PrintStream out, PrintStream err) {
        try {
            return new Preview(source, output, port, out, err);
        } catch (BakeException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new BakeException("cannot start the preview server: " + e.getMessage(), e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    private void changed(Set<Path> paths) {
        long start = System.nanoTime();
        try {
            Rebuilder.Result result = rebuilder.rebuild(paths);
            report(result.compiled(), "Rebuilt " + result.scope() + " (" + (result.written() < 0 ? "everything"
                    : result.written() + (result.written() == 1 ? " file" : " files")) + ")", start);
        } catch (BakeException e) {
            err.println("error: " + e.getMessage());
        }
        trainer.changed(paths);
    }

    private void report(CompiledCourse compiled, String done, long startNanos) {
        List<ContentError> errors = compiled.errors();
        if (errors.isEmpty()) {
            out.println(String.format(Locale.ROOT, "%s in %d ms", done, (System.nanoTime() - startNanos) / 1_000_000));
        } else {
            errors.forEach(err::println);
            err.println(errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + " in the course content; the pages show them until they are fixed.");
        }
        state.published(errors);
    }

    @Override
    public void close() throws Exception {
        watcher.close();
        trainer.close();
        server.close();
        rebuilder.close();
        output.close();
    }
}
