package io.github.attentioncourse.testing;

import io.github.attentioncourse.markdown.RenderContext;
import io.github.attentioncourse.model.CourseModels;
import io.github.attentioncourse.site.Bake;
import io.github.attentioncourse.site.compile.CompiledCourse;
import io.github.attentioncourse.site.compile.Progress;
import io.github.attentioncourse.site.course.CourseSource;
import io.github.attentioncourse.site.output.OutputFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A course root for tests: the project's real templates, assets and configuration, with chosen content. */
public final class FixtureCourse {

    private FixtureCourse() {
    }

    /** The project's course root (the folder holding content/ and templates/). */
    public static Path projectRoot() {
        String configured = System.getProperty("course.root");
        Path root = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().getParent();
        return root.toAbsolutePath().normalize();
    }

    /** Copies templates, assets and jbake.properties of the project and {@code content} into {@code dir}. */
    public static Path create(Path dir, Path content) {
        Path root = projectRoot();
        copyTree(root.resolve("templates"), dir.resolve("templates"));
        copyTree(root.resolve("assets"), dir.resolve("assets"));
        copyTree(content, dir.resolve("content"));
        try {
            Files.copy(root.resolve("jbake.properties"), dir.resolve("jbake.properties"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /**
     * Bakes a course of {@code content} with the project's templates and assets into
     * {@code dir}/site and returns that folder; fails when the content has any error.
     */
    public static Path bake(Path dir, Path content) {
        Path root = create(dir.resolve("course"), content);
        Path output = dir.resolve("site");
        CompiledCourse compiled = build(root, output);
        if (!compiled.errors().isEmpty()) {
            throw new IllegalStateException(content + " does not bake: " + compiled.errors());
        }
        return output;
    }

    /** Bakes the course at {@code root} into {@code output} as {@code build} does, without a figure cache. */
    public static CompiledCourse build(Path root, Path output) {
        CourseSource source = new CourseSource(root);
        try (OutputFolder folder = OutputFolder.claim(source, output, "build", message -> { })) {
            return Bake.build(source, folder, Progress.NONE, new RenderContext(null, CourseModels.of(source.root())));
        }
    }

    /** The test fixture's content folder. */
    public static Path fixtureContent() {
        return projectRoot().resolve("generator/src/test/resources/fixture/content");
    }

    /** A module whose titles, tokens, captions, quiz and concepts hold markup, quotes and non-Latin text. */
    public static Path hostileContent() {
        return projectRoot().resolve("generator/src/test/resources/hostile/content");
    }

    /** One content folder holding the real course, the fixture and the hostile module: every feature at once. */
    public static Path everything(Path into) {
        copyTree(projectRoot().resolve("content"), into);
        copyTree(fixtureContent(), into);
        copyTree(hostileContent(), into);
        return into;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file under the course root, creating folders. */
    public static Path write(Path root, String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
