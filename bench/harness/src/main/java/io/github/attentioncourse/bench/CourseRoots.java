package io.github.attentioncourse.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;

/**
 * The two course roots of one size, holding the same content/: one with the course's templates,
 * assets and jbake.properties, for our build; one with minimal templates for plain JBake.
 */
record CourseRoots(Path ours, Path plain, Path editable, int lessons, int examples) {

    private static final List<String> PLAIN_FILES = List.of("jbake.properties", "logback.xml",
            "templates/lesson.ftl", "templates/index.ftl", "templates/error404.ftl");

    /** The real course's lessons, as they are in the repository. */
    static CourseRoots real(Path repository, Path work) throws IOException {
        Path ours = work.resolve("real/ours");
        Path plain = work.resolve("real/plain");
        recreate(work.resolve("real"));
        copyTree(repository.resolve("content"), ours.resolve("content"));
        Path editable;
        try (Stream<Path> files = Files.walk(ours.resolve("content"))) {
            editable = files.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        return prepare(repository, ours, plain, editable, -1, -1);
    }

    /** A synthetic course of {@code lessons} lessons with {@code examples} examples each. */
    static CourseRoots synthetic(Path repository, Path work, int lessons, int examples) throws IOException {
        Path root = work.resolve(lessons + "x" + examples);
        recreate(root);
        Path ours = root.resolve("ours");
        Path first = SyntheticCourse.write(ours.resolve("content"), lessons, examples);
        return prepare(repository, ours, root.resolve("plain"), first, lessons, examples);
    }

    private static CourseRoots prepare(Path repository, Path ours, Path plain, Path editable, int lessons, int examples)
            throws IOException {
        copyTree(repository.resolve("templates"), ours.resolve("templates"));
        copyTree(repository.resolve("assets"), ours.resolve("assets"));
        Files.copy(repository.resolve("jbake.properties"), ours.resolve("jbake.properties"));
        copyTree(ours.resolve("content"), plain.resolve("content"));
        copyTree(repository.resolve("assets"), plain.resolve("assets"));
        for (String name : PLAIN_FILES) {
            Path target = plain.resolve(name);
            Files.createDirectories(target.getParent());
            try (InputStream in = CourseRoots.class.getResourceAsStream("/plain-jbake/" + name)) {
                Files.copy(in, target);
            }
        }
        return new CourseRoots(ours, plain, editable, lessons, examples);
    }

    static void recreate(Path dir) throws IOException {
        delete(dir);
        Files.createDirectories(dir);
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            PathUtils.deleteDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        PathUtils.copyDirectory(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
}
