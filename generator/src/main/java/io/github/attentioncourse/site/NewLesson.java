package io.github.attentioncourse.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

/**
 * {@code new lesson}: writes a lesson skeleton that bakes as it is, in its module's folder with
 * the next free order number. The only command that writes under content/, and it never
 * overwrites a file.
 */
public final class NewLesson {

    private NewLesson() {
    }

    /** Writes the skeleton and returns its path; fails when the title is empty or the file exists. */
    public static Path create(CourseSource source, int module, String title) {
        if (title == null || title.isBlank()) {
            throw new BakeException("a lesson needs a title: new lesson --module " + module + " --title \"…\"");
        }
        CompiledCourse compiled = Bake.check(source);
        String folder = compiled.lessons().values().stream().filter(l -> l.module() == module)
                .map(Lesson::folder).findFirst().orElse("module-" + module);
        int order = compiled.lessons().values().stream().filter(l -> l.module() == module)
                .mapToInt(Lesson::order).max().orElse(0) + 1;
        Path file = source.content().resolve(folder).resolve(String.format(Locale.ROOT, "%02d-%s.md", order, slug(title)));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, skeleton(title.strip(), module, order), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new BakeException(source.relative(file) + " already exists; nothing was written");
        } catch (IOException e) {
            throw new BakeException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** "Queries, Keys & Values!" → "queries-keys-values". */
    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
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
