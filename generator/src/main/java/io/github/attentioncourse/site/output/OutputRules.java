package io.github.attentioncourse.site.output;

import io.github.attentioncourse.site.course.CourseSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Whether a folder may be a bake's output: the generator replaces an output folder whole, so a
 * folder that is, holds or sits inside the author's sources, or holds anything the generator did
 * not write, is refused before a byte is written (as Jekyll and MkDocs refuse a destination that
 * holds their sources). Only reads the file system.
 */
final class OutputRules {

    /** Left by every bake in its output and its working folders: what carries it was written by the generator. */
    static final String MARKER = ".attention-course";
    static final String MARKER_TEXT = "Written by the attention-course generator. A build replaces everything in this "
            + "folder: keep nothing of your own here.\n";

    private OutputRules() {
    }

    private static final String ELSEWHERE = ". Give another folder with --output DIR.";

    /** Why {@code folder} may not be the output of {@code source} and what to do instead, or empty when it may. */
    static Optional<String> refusal(CourseSource source, Path folder) {
        Path output = real(folder);
        Path root = real(source.root());
        if (output.equals(root)) {
            return Optional.of("it is the course root (the folder of jbake.properties)" + ELSEWHERE);
        }
        if (root.startsWith(output)) {
            return Optional.of("it holds the course root " + root + ELSEWHERE);
        }
        for (Map.Entry<String, Path> part : protectedParts(source).entrySet()) {
            Path sources = real(part.getValue());
            if (output.startsWith(sources)) {
                return Optional.of((output.equals(sources) ? "it is the course's " : "it is inside the course's ")
                        + part.getKey() + " folder" + ELSEWHERE);
            }
            if (sources.startsWith(output)) {
                return Optional.of("it holds the course's " + part.getKey() + " folder " + sources + ELSEWHERE);
            }
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            return Optional.of("it is a file, not a folder" + ELSEWHERE);
        }
        return strangerIn(output, name -> false).map(name -> "it holds " + name
                + ", which the generator did not write. Give another folder with --output DIR, or empty this one.");
    }

    /**
     * The first entry of an existing folder that is not the generator's, when the folder does not
     * carry the marker; empty for a missing or marked folder, and one holding only {@code known} names.
     */
    static Optional<String> strangerIn(Path folder, Predicate<String> known) {
        if (!Files.isDirectory(folder) || marked(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(entry -> entry.getFileName().toString()).filter(known.negate()).sorted().findFirst();
        } catch (IOException e) {
            return Optional.of("entries that cannot be listed (" + e.getMessage() + ")");
        }
    }

    /** True when {@code folder} carries the generator's marker file. */
    static boolean marked(Path folder) {
        Path marker = folder.resolve(MARKER);
        try {
            return Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS) && Files.size(marker) == MARKER_TEXT.length()
                    && Files.readString(marker).equals(MARKER_TEXT);
        } catch (IOException e) {
            return false;
        }
    }

    /** The author's folders an output may neither be, nor sit in, nor hold. */
    private static Map<String, Path> protectedParts(CourseSource source) {
        Map<String, Path> parts = new LinkedHashMap<>();
        parts.put("content/", source.content());
        parts.put("templates/", source.templates());
        parts.put("assets/", source.assets());
        parts.put("generator/", source.root().resolve("generator"));
        parts.put(".git", source.root().resolve(".git"));
        return parts;
    }

    /**
     * The path with every symbolic link of its existing part resolved, so that a link to the
     * course root is seen to be the course root; the part that does not exist yet is kept as written.
     */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
