package io.github.attentioncourse.site;

import io.github.attentioncourse.markdown.FigureCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bake, as a list of steps: read and check everything, render the pages with JBake's templates
 * into a folder beside the output, and only then swap the new site in. A failed bake leaves
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

    /**
     * As {@link #build(CourseSource, Path)}, telling {@code progress} after each content file. The
     * figures of examples unchanged since the last build with the same generator are taken from a
     * cache beside the output.
     */
    public static CompiledCourse build(CourseSource source, Path output, Progress progress) {
        Path target = output.toAbsolutePath().normalize();
        // Figures are kept beside the output (".output-cache" for "output"), never in content/.
        FigureCache figures = FigureCache.forThisJar(target.resolveSibling("." + target.getFileName() + "-cache"));
        CompiledCourse compiled = build(source, output, progress, figures);
        if (figures != null && compiled.errors().isEmpty()) {
            figures.forgetUnused();
        }
        return compiled;
    }

    /** As {@link #build(CourseSource, Path, Progress)}, with the figures cached in {@code figures} (null: none). */
    static CompiledCourse build(CourseSource source, Path output, Progress progress, FigureCache figures) {
        // 1. Read, check and render every content file; stop before writing if anything is wrong.
        CompiledCourse compiled = CourseCompiler.compile(source, Map.of(), progress, figures);
        if (!compiled.errors().isEmpty()) {
            return compiled;
        }
        Path target = output.toAbsolutePath().normalize();
        Path staging = createStaging(target);
        try {
            // 2. Render every page with JBake's templates, each example's numbers beside it, and copy the assets.
            render(source, staging, compiled);
            // 3. Publish the search index.
            write(staging.resolve(SearchIndex.FILE), SearchIndex.of(compiled.course()));
            // 4. Swap the new site in for the old one.
            swap(staging, target);
        } finally {
            deleteTree(staging);
        }
        return compiled;
    }

    private static void render(CourseSource source, Path staging, CompiledCourse compiled) {
        BakeSession.open(compiled);
        try {
            JBakePages pages = new JBakePages(source, staging);
            // Pages render independently (JBake's renderer and Freemarker's templates are shared safely).
            Parallel.map(List.copyOf(compiled.files().values()), pages::renderDocument, written -> { });
            pages.renderListings();
            pages.copyAssets();
        } catch (BakeException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new BakeException("JBake failed: " + e.getMessage(), e);
        } finally {
            BakeSession.close();
        }
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
