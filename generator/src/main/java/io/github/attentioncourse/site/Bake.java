package io.github.attentioncourse.site;

import io.github.attentioncourse.markdown.RenderedLesson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;

/**
 * The bake, as a list of steps: read and check everything, bake with JBake into a folder beside
 * the output, add the examples' JSON, and only then swap the new site in. A failed bake leaves
 * the previous output exactly as it was.
 */
public final class Bake {

    private Bake() {
    }

    /** Reads and checks the whole course and writes nothing. */
    public static CompiledCourse check(CourseSource source) {
        return CourseCompiler.compile(source);
    }

    /**
     * Bakes the course into {@code output}, or returns the compiled course with its errors and
     * leaves {@code output} alone.
     *
     * @throws BakeException when JBake or the file system fails for a reason that is not an author's mistake in content
     */
    public static CompiledCourse build(CourseSource source, Path output) {
        return build(source, output, Progress.NONE);
    }

    /** As {@link #build(CourseSource, Path)}, telling {@code progress} after each content file. */
    public static CompiledCourse build(CourseSource source, Path output, Progress progress) {
        // 1. Read, check and render every content file; stop before writing if anything is wrong.
        CompiledCourse compiled = CourseCompiler.compile(source, java.util.Map.of(), progress);
        if (!compiled.errors().isEmpty()) {
            return compiled;
        }
        Path target = output.toAbsolutePath().normalize();
        Path staging = createStaging(target);
        try {
            // 2. Let JBake crawl, render the templates and copy the assets into the staging folder.
            oven(source, staging, compiled);
            // 3. Publish each example's numbers next to its page, and the search index.
            writeExampleFiles(source, compiled, staging);
            write(staging.resolve(SearchIndex.FILE), SearchIndex.of(compiled.course()));
            // 4. Swap the new site in for the old one.
            swap(staging, target);
        } finally {
            deleteTree(staging);
        }
        return compiled;
    }

    private static void oven(CourseSource source, Path staging, CompiledCourse compiled) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(source.root().toFile(), staging.toFile(), true);
        // JBake registers its own Markdown engine too; which one wins depends on classpath order.
        Engines.register("md", new CourseMarkdownEngine());
        BakeSession.open(compiled);
        try {
            Oven oven = new Oven(config);
            try {
                oven.bake();
            } catch (BakeException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new BakeException("JBake failed: " + e.getMessage(), e);
            }
            List<Throwable> errors = oven.getErrors();
            if (!errors.isEmpty()) {
                throw new BakeException("JBake could not render the site: " + errors.get(0).getMessage());
            }
        } finally {
            BakeSession.close();
        }
    }

    private static void writeExampleFiles(CourseSource source, CompiledCourse compiled, Path staging) {
        Stream.concat(compiled.lessons().keySet().stream(), compiled.pages().keySet().stream()).forEach(path -> {
            RenderedLesson body = compiled.body(path);
            String folder = source.folderOf(path);
            Path dir = folder.isEmpty() ? staging : staging.resolve(folder);
            for (RenderedLesson.ExampleFile file : body.examples()) {
                write(dir.resolve(file.fileName()), file.json());
            }
        });
    }

    private static Path createStaging(Path target) {
        try {
            Files.createDirectories(target.getParent());
            return Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-baking-");
        } catch (IOException e) {
            throw new BakeException("cannot create a folder beside " + target + ": " + e.getMessage());
        }
    }

    private static void swap(Path staging, Path target) {
        try {
            if (Files.exists(target)) {
                Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-old-");
                Files.move(target, old.resolve("site"), StandardCopyOption.ATOMIC_MOVE);
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(old);
            } else {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new BakeException("cannot move the baked site into " + target + ": " + e.getMessage());
        }
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BakeException("cannot write " + file + ": " + e.getMessage());
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
