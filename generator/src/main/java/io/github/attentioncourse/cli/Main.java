package io.github.attentioncourse.cli;

import io.github.attentioncourse.authoring.ContentError;
import io.github.attentioncourse.markdown.FigureCache;
import io.github.attentioncourse.markdown.RenderContext;
import io.github.attentioncourse.model.CourseModels;
import io.github.attentioncourse.site.Bake;
import io.github.attentioncourse.site.NewLesson;
import io.github.attentioncourse.site.compile.CompiledCourse;
import io.github.attentioncourse.site.course.BakeException;
import io.github.attentioncourse.site.course.CourseSource;
import io.github.attentioncourse.site.output.OutputFolder;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code generator.jar build|check|serve|train [--source DIR] [--output DIR] [--port N] [--verbose]}.
 * Exit codes: 0 done, 1 content errors, 2 bad usage or a failure outside the content.
 */
public final class Main {

    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int FAILURE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        if (TunedJvm.worthIt(args)) {
            Optional<Integer> exit = TunedJvm.run(args);
            if (exit.isPresent()) {
                System.exit(exit.get());
            }
        }
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(Options.USAGE);
            return FAILURE;
        }
        if (options.help()) {
            out.println(Options.USAGE);
            return OK;
        }
        Logging.configure(options.verbose());
        CourseSource source = new CourseSource(options.source());
        String missing = source.missingPart();
        if (missing != null) {
            err.println("error: " + options.source() + " is not a course root: missing " + missing);
            return FAILURE;
        }
        try {
            return switch (options.command()) {
                case "check" -> check(source, out, err);
                case "build" -> build(source, options.output(source), out, err);
                case "serve" -> Serve.run(source, options.output(source), options.port(), out, err);
                case "new lesson" -> newLesson(source, options, out);
                case "train" -> Train.run(source, options.model(), out, err);
                default -> throw new IllegalStateException(options.command());
            };
        } catch (BakeException e) {
            err.println("error: " + e.getMessage());
            return FAILURE;
        }
    }

    private static int newLesson(CourseSource source, Options options, PrintStream out) {
        Path file = NewLesson.create(source, options.module(), options.title());
        out.println("Wrote " + source.relative(file) + " (status=draft: set status=published when it is ready)");
        return OK;
    }

    private static int check(CourseSource source, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        CompiledCourse compiled = Bake.check(source);
        ProgressLine.clear(out);
        if (report(compiled, err)) {
            return CONTENT_ERRORS;
        }
        out.println(summary("Checked", compiled, start) + "; nothing written");
        return OK;
    }

    static int build(CourseSource source, Path output, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        CompiledCourse compiled;
        try (OutputFolder folder = OutputFolder.claim(source, output, "build", err::println)) {
            // Figures are kept beside the output, never in content/.
            RenderContext context = new RenderContext(FigureCache.forThisJar(folder.workFolder()), CourseModels.of(source.root()));
            compiled = Bake.build(source, folder, ProgressLine.forTerminal(out), context);
        }
        ProgressLine.clear(out);
        if (report(compiled, err)) {
            err.println("Nothing was written: " + source.root().relativize(output.toAbsolutePath().normalize())
                    + "/ is as it was.");
            return CONTENT_ERRORS;
        }
        out.println(summary("Baked", compiled, start) + " into " + output);
        return OK;
    }

    /** Prints warnings and errors; true when there are errors. */
    static boolean report(CompiledCourse compiled, PrintStream err) {
        for (ContentError warning : compiled.warnings()) {
            err.println(warning.file() + ":" + warning.line() + ": warning: " + warning.message());
        }
        List<ContentError> errors = compiled.errors();
        for (ContentError error : errors) {
            err.println(error);
        }
        if (!errors.isEmpty()) {
            err.println(errors.size() + (errors.size() == 1 ? " error" : " errors") + " in the course content.");
        }
        return !errors.isEmpty();
    }

    private static String summary(String verb, CompiledCourse compiled, long startNanos) {
        int lessons = compiled.course().sequence().size();
        return String.format(Locale.ROOT, "%s %d %s, %d examples, %d charts in %.1f s", verb, lessons,
                lessons == 1 ? "lesson" : "lessons", compiled.exampleCount(), compiled.chartCount(),
                (System.nanoTime() - startNanos) / 1e9);
    }
}
