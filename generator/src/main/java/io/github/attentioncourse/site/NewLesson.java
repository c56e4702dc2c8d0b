package io.github.attentioncourse.site;

import io.github.attentioncourse.site.compile.CourseCompiler;
import io.github.attentioncourse.site.course.BakeException;
import io.github.attentioncourse.site.course.CourseSource;
import io.github.attentioncourse.site.course.LessonHeader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code new lesson}: writes a lesson skeleton that bakes as it is, in its module's folder with
 * the next free order number. The only command that writes under content/, and it never
 * overwrites a file.
 */
public final class NewLesson {

    private static final int SLUG_LENGTH = 60;
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,9})-");

    private NewLesson() {
    }

    /**
     * Writes the skeleton and returns its path; fails, writing nothing, when the title is empty or
     * not one line, and never replaces a file.
     */
    public static Path create(CourseSource source, int module, String title) {
        if (title == null || title.isBlank()) {
            throw new BakeException("a lesson needs a title: new lesson --module " + module + " --title \"…\"");
        }
        if (title.chars().anyMatch(Character::isISOControl)) {
            throw new BakeException("the title must be one line of text, without line breaks or tabs");
        }
        // Headers are enough to place the lesson: its examples need not be computed.
        List<Map.Entry<Path, LessonHeader>> lessons = CourseCompiler.headers(source).entrySet().stream()
                .filter(e -> "lesson".equals(e.getValue().get("type")) && number(e.getValue(), "module") == module)
                .toList();
        String folder = lessons.stream().map(e -> source.folderOf(e.getKey())).findFirst().orElse("module-" + module);
        Path folderPath = source.content().resolve(folder);
        int order = Math.max(lessons.stream().mapToInt(e -> number(e.getValue(), "order")).max().orElse(0),
                highestNumberIn(folderPath)) + 1;
        Path file = folderPath.resolve(String.format(Locale.ROOT, "%02d-%s.md", order, slug(title)));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, skeleton(title.strip(), module, order), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new BakeException(source.relative(file) + " already exists; nothing was written");
        } catch (IOException e) {
            throw new BakeException("cannot write " + source.relative(file) + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** A header's whole number, or -1 when it has none (the check reports that, not new lesson). */
    private static int number(LessonHeader header, String key) {
        try {
            return Integer.parseInt(header.get(key));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The highest {@code NN-} number of a file in the folder, lessons whose header does not yet
     * parse included, so that the new file's name is taken by none of them.
     */
    private static int highestNumberIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> NUMBERED.matcher(f.getFileName().toString())).filter(Matcher::lookingAt)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
        } catch (IOException e) {
            throw new BakeException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * "Queries, Keys & Values!" → "queries-keys-values": letters and digits only, so no title can
     * name a folder or climb out of one, and at most {@value #SLUG_LENGTH} characters, so that the
     * file name fits every file system.
     */
    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > SLUG_LENGTH) {
            slug = slug.substring(0, SLUG_LENGTH).replaceAll("-[^-]*$|-$", "");
        }
        return slug.isEmpty() ? "lesson" : slug;
    }

    private static String skeleton(String title, int module, int order) {
        return """
                title=%s
                type=lesson
                status=draft
                module=%d
                order=%d
                minutes=10
                tags=
                summary=One sentence that says what the reader will be able to do.
                ~~~~~~

                ## The first slide

                Each `## ` heading opens a slide. Write in short paragraphs.

                ```attention
                id: first-example
                sentence: I love AI
                embeddings:
                  I:    [1, 0]
                  love: [0, 1]
                  AI:   [1, 1]
                w_q: [[1, 0], [0, 1]]
                w_k: [[1, 0], [0, 1]]
                w_v: [[1, 0], [0, 1]]
                caption: Weights chosen by hand for illustration.
                ```

                "AI" gives {{percent first-example AI love}} of its attention to "love".

                > [!TIP]
                > A callout for the one thing to remember.

                ## The second slide

                More text.

                ---

                ## Key concepts

                ```concepts
                - term: A term
                  icon: 💡
                  text: Its definition in one sentence.
                ```

                ## Quick check

                ```quiz
                question: A question about the lesson?
                options:
                  - A wrong answer
                  - The right answer
                  - Another wrong answer
                answer: B
                explanation: Why the right answer is right.
                ```
                """.formatted(title, module, order);
    }
}
