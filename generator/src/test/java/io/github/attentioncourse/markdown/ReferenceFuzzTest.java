package io.github.attentioncourse.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.attentioncourse.authoring.ContentError;
import java.nio.charset.StandardCharsets;

/**
 * Whatever prose follows an example, with whatever {@code {{…}}} references in it, a lesson body
 * renders into HTML or into content errors at lines of the lesson, never into another exception.
 * {@code mvn verify} replays the committed inputs in {@code ReferenceFuzzTestInputs/}; the README
 * says how to fuzz for real.
 */
class ReferenceFuzzTest {

    private static final String FILE = "content/module-1-x/01-x.md";
    private static final int FIRST_BODY_LINE = 7;
    /** An example for references to point at: tokens with spaces, '#', markup and a repeat; no charts, for speed. */
    private static final String EXAMPLE = """
            ## Slide

            ```attention
            id: ex
            tokens: [the, "C#", "<b>", "a b", the, 中文]
            embeddings:
              the: [1, 0]
              "C#": [0, 1]
              "<b>": [1, 1]
              "a b": [0.5, 0]
              中文: [0, 0.5]
            w_q: [[1, 0], [0, 1]]
            w_k: [[1, 0], [0, 1]]
            w_v: [[1, 0], [0, 1]]
            show: [steps]
            ```

            """;

    @FuzzTest(maxDuration = "5m")
    void anyProseWithReferencesGivesAPageOrLocatedErrors(byte[] input) {
        String body = EXAMPLE + new String(input, StandardCharsets.UTF_8);
        RenderedLesson lesson = CourseMarkdown.render(FILE, FIRST_BODY_LINE, body, "01-x", null, RenderContext.none());

        assertNotNull(lesson.html());
        // Lines as in the lesson file: \n, \r\n and \r end one, for String.lines() and flexmark alike.
        long lastLine = FIRST_BODY_LINE + body.lines().count();
        for (ContentError error : lesson.errors()) {
            assertEquals(FILE, error.file());
            assertTrue(error.line() >= FIRST_BODY_LINE && error.line() <= lastLine, () -> "line within the lesson: " + error);
            assertFalse(error.message().isBlank());
            assertFalse(error.message().startsWith("could not read this block"), error::toString);
        }
    }
}
